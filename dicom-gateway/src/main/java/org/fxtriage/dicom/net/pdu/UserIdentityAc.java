package org.fxtriage.dicom.net.pdu;

import java.util.Arrays;

/**
 * User Identity sub-item of an AC (type 0x59, PS3.7 §D.3.3.7.2). For username identities the server
 * response is empty.
 */
public record UserIdentityAc(byte[] serverResponse) {
    public UserIdentityAc {
        serverResponse = serverResponse.clone();
        if (serverResponse.length > 0xFFFF) {
            throw new IllegalArgumentException("server response longer than 65535 bytes");
        }
    }

    @Override
    public byte[] serverResponse() {
        return serverResponse.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityAc u && Arrays.equals(u.serverResponse, serverResponse);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(serverResponse);
    }

    @Override
    public String toString() {
        return "UserIdentityAc[serverResponse=" + serverResponse.length + " bytes]";
    }
}
