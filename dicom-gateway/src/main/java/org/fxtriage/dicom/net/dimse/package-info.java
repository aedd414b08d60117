/**
 * DIMSE messages (PS3.7): the command set (group 0000, always implicit VR little endian, PS3.7 §6.3.1 and
 * Annex E) with its own small codec and dictionary, status codes, and message assembly from presentation
 * data values, where the data set is streamed as its fragments arrive.
 */
package org.fxtriage.dicom.net.dimse;
