package org.fxtriage.dicom.net.pdu;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * User Identity sub-item of an RQ (type 0x58, PS3.7 §D.3.3.7.1). Fields are raw bytes because types
 * 3..5 carry binary tokens; {@link #username()} and {@link #passcode()} decode the UTF-8 text forms.
 * {@link #toString()} never prints the secret.
 */
public record UserIdentityRq(int identityType, boolean positiveResponseRequested, byte[] primaryField, byte[] secondaryField) {
    public static final int USERNAME = 1;
    public static final int USERNAME_AND_PASSCODE = 2;
    public static final int KERBEROS = 3;
    public static final int SAML = 4;
    public static final int JWT = 5;

    public UserIdentityRq {
        if (identityType < 1 || identityType > 255) {
            throw new IllegalArgumentException("user identity type out of range: " + identityType);
        }
        primaryField = primaryField.clone();
        secondaryField = secondaryField == null ? new byte[0] : secondaryField.clone();
        if (primaryField.length > 0xFFFF || secondaryField.length > 0xFFFF) {
            throw new IllegalArgumentException("user identity field longer than 65535 bytes");
        }
    }

    public static UserIdentityRq username(String username, boolean positiveResponseRequested) {
        return new UserIdentityRq(USERNAME, positiveResponseRequested, username.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    public static UserIdentityRq usernameAndPasscode(String username, String passcode, boolean positiveResponseRequested) {
        return new UserIdentityRq(USERNAME_AND_PASSCODE, positiveResponseRequested,
                username.getBytes(StandardCharsets.UTF_8), passcode.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] primaryField() {
        return primaryField.clone();
    }

    @Override
    public byte[] secondaryField() {
        return secondaryField.clone();
    }

    public String username() {
        return new String(primaryField, StandardCharsets.UTF_8);
    }

    public String passcode() {
        return new String(secondaryField, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityRq u && u.identityType == identityType
                && u.positiveResponseRequested == positiveResponseRequested
                && Arrays.equals(u.primaryField, primaryField) && Arrays.equals(u.secondaryField, secondaryField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identityType, positiveResponseRequested, Arrays.hashCode(primaryField), Arrays.hashCode(secondaryField));
    }

    @Override
    public String toString() {
        return "UserIdentityRq[type=" + identityType + ", positiveResponseRequested=" + positiveResponseRequested
                + ", primaryField=" + primaryField.length + " bytes, secondaryField=" + secondaryField.length + " bytes]";
    }
}
