package org.fxtriage.dicom.net.pdu;

/** AE title rules of PS3.5 §6.2 (VR AE) as they apply to the fixed 16-byte PDU fields. */
final class AeTitles {
    private AeTitles() {
    }

    static void check(String aeTitle, String what) {
        if (aeTitle == null || aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new IllegalArgumentException(what + " must be 1..16 characters and not blank");
        }
        for (int i = 0; i < aeTitle.length(); i++) {
            char c = aeTitle.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                throw new IllegalArgumentException(what + " contains a character not allowed in an AE title");
            }
        }
    }
}
