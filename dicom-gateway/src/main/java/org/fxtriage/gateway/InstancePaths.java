package org.fxtriage.gateway;

import java.nio.file.Path;

/**
 * Where an instance lives in the store: {@code <root>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm}.
 * UIDs come from the network, so each is checked against PS3.5 §9.1 (digits and dots, ≤ 64
 * characters, no empty component) before it becomes a path component: "..", "/", or a NUL cannot
 * get through, so no UID can address a file outside the store.
 */
public final class InstancePaths {
    private InstancePaths() {
    }

    public static boolean isValidUid(String uid) {
        if (uid == null || uid.isEmpty() || uid.length() > 64) {
            return false;
        }
        char previous = '.';
        for (int i = 0; i < uid.length(); i++) {
            char c = uid.charAt(i);
            if (c == '.') {
                if (previous == '.') {
                    return false; // empty component, including a leading dot and ".."
                }
            } else if (c < '0' || c > '9') {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    /** The final path of an instance; throws {@link IllegalArgumentException} naming the bad UID. */
    public static Path instancePath(Path root, String studyUid, String seriesUid, String sopInstanceUid) {
        require("StudyInstanceUID", studyUid);
        require("SeriesInstanceUID", seriesUid);
        require("SOPInstanceUID", sopInstanceUid);
        return root.resolve(studyUid).resolve(seriesUid).resolve(sopInstanceUid + ".dcm");
    }

    static void require(String name, String uid) {
        if (!isValidUid(uid)) {
            throw new IllegalArgumentException(name + " is not a valid UID (digits and dots, ≤ 64 characters)");
        }
    }
}
