package org.fxtriage.dicom.net.pdu;

import java.util.List;

/**
 * User Information item (type 0x50, PS3.8 §9.3.2.3 and PS3.7 Annex D.3.3). Optional sub-items are
 * {@code null} when absent. Sub-items we do not implement (SOP class extended negotiation 0x56/0x57)
 * are skipped on decode; PS3.7 lets an acceptor ignore them.
 *
 * @param maximumLength maximum P-DATA-TF variable-field length the sender can receive (0 = unlimited)
 */
public record UserInformation(long maximumLength, String implementationClassUid, String implementationVersionName,
                              AsynchronousOperationsWindow asynchronousOperationsWindow, List<RoleSelection> roleSelections,
                              UserIdentityRq userIdentityRq, UserIdentityAc userIdentityAc) {
    public UserInformation {
        if (maximumLength < 0 || maximumLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("maximum length is 32-bit unsigned: " + maximumLength);
        }
        roleSelections = List.copyOf(roleSelections);
        if (implementationVersionName != null && (implementationVersionName.isEmpty() || implementationVersionName.length() > 16)) {
            throw new IllegalArgumentException("implementation version name must be 1..16 characters");
        }
    }

    public UserInformation(long maximumLength, String implementationClassUid, String implementationVersionName) {
        this(maximumLength, implementationClassUid, implementationVersionName, null, List.of(), null, null);
    }

    public UserInformation withAsynchronousOperationsWindow(AsynchronousOperationsWindow window) {
        return new UserInformation(maximumLength, implementationClassUid, implementationVersionName, window, roleSelections, userIdentityRq, userIdentityAc);
    }

    public UserInformation withRoleSelections(List<RoleSelection> roles) {
        return new UserInformation(maximumLength, implementationClassUid, implementationVersionName, asynchronousOperationsWindow, roles, userIdentityRq, userIdentityAc);
    }

    public UserInformation withUserIdentityRq(UserIdentityRq identity) {
        return new UserInformation(maximumLength, implementationClassUid, implementationVersionName, asynchronousOperationsWindow, roleSelections, identity, userIdentityAc);
    }

    public UserInformation withUserIdentityAc(UserIdentityAc identity) {
        return new UserInformation(maximumLength, implementationClassUid, implementationVersionName, asynchronousOperationsWindow, roleSelections, userIdentityRq, identity);
    }
}
