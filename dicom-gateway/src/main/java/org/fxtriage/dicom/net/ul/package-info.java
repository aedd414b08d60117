/**
 * The DICOM upper layer (PS3.8 §9.2): the state machine as a transition table, the {@link
 * org.fxtriage.dicom.net.ul.Association} that drives it over a socket for either side, association
 * negotiation and the ARTIM / idle / DIMSE timers.
 */
package org.fxtriage.dicom.net.ul;
