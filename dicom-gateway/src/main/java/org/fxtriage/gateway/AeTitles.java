package org.fxtriage.gateway;

/** AE title rules (PS3.5 §6.2, VR AE): 1..16 characters of the default repertoire, no backslash or control characters. */
final class AeTitles {
    private AeTitles() {
    }

    /** The title with leading/trailing spaces removed (they are not significant, PS3.5 §6.2). */
    static String validate(String title) {
        if (title == null) {
            throw new ConfigurationException("AE title must be set");
        }
        String t = title.strip();
        if (t.isEmpty() || t.length() > 16) {
            throw new ConfigurationException("AE title must be 1..16 characters: '" + title + "'");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\\') {
                throw new ConfigurationException("AE title has a forbidden character: '" + title + "'");
            }
        }
        return t;
    }
}
