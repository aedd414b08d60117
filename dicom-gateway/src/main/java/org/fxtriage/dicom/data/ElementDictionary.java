package org.fxtriage.dicom.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The PS3.6 registry of data elements, loaded once from {@code dictionary.tsv}. */
final class ElementDictionary {
    private ElementDictionary() {}

    /**
     * One PS3.6 row. {@code vrText} keeps the registry's wording ("US or SS"); {@code vr} is the first
     * alternative (SQ-less delimiters map to UN).
     */
    record Entry(int tag, VR[] vrs, String vm, String keyword, boolean retired) {
        VR vr() {
            return vrs[0];
        }
    }

    private record Repeater(int mask, int value, Entry entry) {}

    private static final class Holder {
        static final Map<Integer, Entry> BY_TAG = new HashMap<>(8192);
        static final Map<String, Entry> BY_KEYWORD = new HashMap<>(8192);
        static final List<Repeater> REPEATERS = new ArrayList<>();

        static {
            try (InputStream in = ElementDictionary.class.getResourceAsStream("dictionary.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("dictionary.tsv missing from the classpath");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    String tagText = f[0];
                    String vrText = f[1];
                    VR[] vrs;
                    if (vrText.equals("NONE")) {
                        vrs = new VR[] {VR.UN};
                    } else {
                        String[] alt = vrText.split(" or ");
                        vrs = new VR[alt.length];
                        for (int k = 0; k < alt.length; k++) {
                            vrs[k] = VR.valueOf(alt[k]);
                        }
                    }
                    int mask = 0;
                    int value = 0;
                    for (int i = 0; i < 8; i++) {
                        char c = tagText.charAt(i);
                        mask <<= 4;
                        value <<= 4;
                        if (c != 'x') {
                            mask |= 0xF;
                            value |= Character.digit(c, 16);
                        }
                    }
                    Entry e = new Entry(value, vrs, f[2], f[3], f[4].equals("R"));
                    if (mask == 0xFFFFFFFF) {
                        BY_TAG.put(value, e);
                    } else {
                        REPEATERS.add(new Repeater(mask, value, e));
                    }
                    BY_KEYWORD.putIfAbsent(e.keyword(), e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Entry lookup(int tag) {
        Entry e = Holder.BY_TAG.get(tag);
        if (e != null || Tag.isPrivate(tag)) {
            return e;
        }
        for (Repeater r : Holder.REPEATERS) {
            if ((tag & r.mask()) == r.value()) {
                return r.entry();
            }
        }
        return null;
    }

    static int tagForKeyword(String keyword) {
        Entry e = Holder.BY_KEYWORD.get(keyword);
        return e == null ? Tag.NONE : e.tag();
    }
}
