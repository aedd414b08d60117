package org.fxtriage.dicom.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A DICOM dataset (PS3.5 §7): data elements kept in ascending tag order, values typed by VR.
 *
 * <p>Value model (see {@link DataElement}): strings are held decoded, with trailing padding removed;
 * binary values are little-endian byte arrays (or {@link BulkData}/{@link Fragments} for pixel data
 * left in the file); sequences are {@link Sequence}s of nested {@code Attributes} that inherit the
 * Specific Character Set from their parent. {@link #equals(Object)} compares tags, VRs and values
 * (bulk data by content). {@link #toString()} lists tags, VRs and lengths but never values, so it is
 * safe to log (no patient data).
 *
 * <p>Not thread-safe.
 */
public final class Attributes implements Iterable<DataElement> {
    private static final int[] NO_TAGS = new int[0];
    private static final VR[] NO_VRS = new VR[0];
    private static final Object[] NO_VALUES = new Object[0];

    private int[] tags;
    private VR[] vrs;
    private Object[] values;
    private int size;
    private Attributes parent;

    public Attributes() {
        tags = NO_TAGS;
        vrs = NO_VRS;
        values = NO_VALUES;
    }

    public Attributes(int initialCapacity) {
        tags = new int[initialCapacity];
        vrs = new VR[initialCapacity];
        values = new Object[initialCapacity];
    }

    /** Deep copy (sequences copied item by item; bulk data references shared, they are immutable). */
    public Attributes(Attributes other) {
        this(other.size);
        for (int i = 0; i < other.size; i++) {
            Object v = other.values[i];
            if (v instanceof Sequence seq) {
                Sequence copy = new Sequence(this, seq.size());
                for (Attributes item : seq) {
                    copy.add(new Attributes(item));
                }
                v = copy;
            } else if (v instanceof byte[] b) {
                v = b.clone();
            }
            tags[i] = other.tags[i];
            vrs[i] = other.vrs[i];
            values[i] = v;
        }
        size = other.size;
    }

    // ---------------------------------------------------------------- structure

    /** The dataset whose sequence holds this one as an item, or null at top level. */
    public Attributes parent() {
        return parent;
    }

    void setParent(Attributes parent) {
        this.parent = parent;
    }

    boolean hasAncestor(Attributes a) {
        for (Attributes p = parent; p != null; p = p.parent) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** Nesting level: 0 at top level, 1 in an item of a top-level sequence… */
    public int level() {
        int n = 0;
        for (Attributes p = parent; p != null; p = p.parent) {
            n++;
        }
        return n;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int indexOf(int tag) {
        // Compare as unsigned: (FFFE,E000) and (7FE0,0010) must sort after (0008,0005).
        if (size > 0 && Integer.compareUnsigned(tags[size - 1], tag) < 0) {
            return -size - 1;
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(tags[mid], tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }

    /** True when the element is present (even with an empty value). */
    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    /** True when the element is present and its value is not empty. */
    public boolean containsValue(int tag) {
        int i = indexOf(tag);
        return i >= 0 && !isEmptyValue(values[i]);
    }

    private static boolean isEmptyValue(Object v) {
        if (v instanceof String s) {
            return s.isEmpty();
        }
        if (v instanceof byte[] b) {
            return b.length == 0;
        }
        if (v instanceof Sequence s) {
            return s.isEmpty();
        }
        return v == null;
    }

    /** VR of a present element, or null. */
    public VR getVR(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? vrs[i] : null;
    }

    /** The stored value object (see {@link DataElement}), or null when absent. */
    public Object getValue(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? values[i] : null;
    }

    /** Removes an element; true when it was present. */
    public boolean remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return false;
        }
        int n = size - i - 1;
        System.arraycopy(tags, i + 1, tags, i, n);
        System.arraycopy(vrs, i + 1, vrs, i, n);
        System.arraycopy(values, i + 1, values, i, n);
        size--;
        values[size] = null;
        vrs[size] = null;
        return true;
    }

    /** Removes all elements of a group (e.g. 0x0002). */
    public void removeGroup(int group) {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if ((tags[r] >>> 16) != group) {
                tags[w] = tags[r];
                vrs[w] = vrs[r];
                values[w] = values[r];
                w++;
            }
        }
        for (int i = w; i < size; i++) {
            values[i] = null;
            vrs[i] = null;
        }
        size = w;
    }

    /**
     * Stores an element with a value object of the type {@link DataElement} describes ({@code String};
     * {@code byte[]}, {@link BulkData} or {@link Fragments}; {@link Sequence} or a list of
     * {@code Attributes}; or null for an empty value). Replaces an element with the same tag.
     *
     * @throws IllegalArgumentException when the value type does not fit the VR
     */
    public void setValue(int tag, VR vr, Object value) {
        Objects.requireNonNull(vr, "vr");
        Object v = checkedValue(vr, value);
        int i = indexOf(tag);
        if (i >= 0) {
            vrs[i] = vr;
            values[i] = v;
            return;
        }
        i = -i - 1;
        if (size == tags.length) {
            int cap = Math.max(8, size * 2);
            tags = Arrays.copyOf(tags, cap);
            vrs = Arrays.copyOf(vrs, cap);
            values = Arrays.copyOf(values, cap);
        }
        if (i < size) {
            System.arraycopy(tags, i, tags, i + 1, size - i);
            System.arraycopy(vrs, i, vrs, i + 1, size - i);
            System.arraycopy(values, i, values, i + 1, size - i);
        }
        tags[i] = tag;
        vrs[i] = vr;
        values[i] = v;
        size++;
    }

    private Object checkedValue(VR vr, Object value) {
        switch (vr.kind()) {
            case STRING, TEXT -> {
                if (value == null) {
                    return "";
                }
                if (value instanceof String) {
                    return value;
                }
            }
            case BINARY -> {
                if (value == null) {
                    return new byte[0];
                }
                if (value instanceof byte[] || value instanceof BulkData || value instanceof Fragments) {
                    return value;
                }
            }
            case SEQUENCE -> {
                Sequence seq = new Sequence(this, value instanceof List<?> l ? l.size() : 0);
                if (value == null) {
                    return seq;
                }
                if (value instanceof List<?> list) {
                    for (Object o : list) {
                        if (!(o instanceof Attributes item)) {
                            throw new IllegalArgumentException("sequence items must be Attributes");
                        }
                        seq.add(item);
                    }
                    return seq;
                }
            }
        }
        throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a value for VR " + vr);
    }

    // ---------------------------------------------------------------- strings

    /** Sets a string element; several values are joined with backslash (PS3.5 §6.4). */
    public void setString(int tag, VR vr, String... values) {
        if (!vr.isString()) {
            throw new IllegalArgumentException("VR " + vr + " is not a string VR");
        }
        if (vr.kind() == VR.Kind.TEXT && values.length > 1) {
            throw new IllegalArgumentException("VR " + vr + " holds a single value");
        }
        for (String s : values) {
            Objects.requireNonNull(s, "value");
            if (vr.kind() == VR.Kind.STRING && s.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("a " + vr + " value cannot contain a backslash");
            }
        }
        setValue(tag, vr, values.length == 1 ? values[0] : String.join("\\", values));
    }

    /**
     * First value of a string element (leading/trailing spaces removed except for LT/ST/UT/UR, where
     * only trailing ones are), or null when absent or empty. For binary VRs the numbers are formatted
     * (e.g. US 512 → "512").
     */
    public String getString(int tag) {
        String[] s = getStrings(tag);
        return s.length == 0 || s[0].isEmpty() ? null : s[0];
    }

    public String getString(int tag, String defaultValue) {
        String s = getString(tag);
        return s == null ? defaultValue : s;
    }

    /** All values of a string element (split at backslash), or an empty array when absent or empty. */
    public String[] getStrings(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return new String[0];
        }
        VR vr = vrs[i];
        Object v = values[i];
        if (v instanceof String s) {
            if (s.isEmpty()) {
                return new String[0];
            }
            if (vr.kind() == VR.Kind.TEXT) {
                return new String[] {s.stripTrailing()};
            }
            String[] parts = s.split("\\\\", -1);
            for (int k = 0; k < parts.length; k++) {
                parts[k] = parts[k].strip();
            }
            return parts;
        }
        if (v instanceof byte[] b && vr.isBinary() && vr != VR.OB && vr != VR.UN) {
            int n = b.length / vr.bytesPerValue();
            String[] out = new String[n];
            for (int k = 0; k < n; k++) {
                out[k] = formatBinary(vr, b, k);
            }
            return out;
        }
        return new String[0];
    }

    private static String formatBinary(VR vr, byte[] b, int k) {
        return switch (vr) {
            case FL, OF -> Float.toString(Float.intBitsToFloat(le32(b, 4 * k)));
            case FD, OD -> Double.toString(Double.longBitsToDouble(le64(b, 8 * k)));
            case AT -> Tag.toString(le16(b, 4 * k) << 16 | le16(b, 4 * k + 2));
            case UL, OL -> Long.toString(le32(b, 4 * k) & 0xFFFFFFFFL);
            case SL -> Integer.toString(le32(b, 4 * k));
            case SS -> Integer.toString((short) le16(b, 2 * k));
            case SV -> Long.toString(le64(b, 8 * k));
            case UV, OV -> Long.toUnsignedString(le64(b, 8 * k));
            default -> Integer.toString(le16(b, 2 * k));
        };
    }

    // ---------------------------------------------------------------- numbers

    /**
     * First value as int: US/SS/UL/SL/AT/SV/UV/OW/OL binary values, or IS/DS text (DS truncated toward
     * zero). UL and UV values above {@code Integer.MAX_VALUE} wrap; use {@link #getLong} for those.
     * Returns {@code defaultValue} when absent, empty or unparsable.
     */
    public int getInt(int tag, int defaultValue) {
        long[] v = longs(tag, 1);
        return v == null ? defaultValue : (int) v[0];
    }

    /** All values as ints (empty array when absent). */
    public int[] getInts(int tag) {
        long[] v = longs(tag, Integer.MAX_VALUE);
        if (v == null) {
            return new int[0];
        }
        int[] out = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = (int) v[k];
        }
        return out;
    }

    /** First value as long (UL, UV, SV without wrapping); {@code defaultValue} when absent or unparsable. */
    public long getLong(int tag, long defaultValue) {
        long[] v = longs(tag, 1);
        return v == null ? defaultValue : v[0];
    }

    private long[] longs(int tag, int max) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        VR vr = vrs[i];
        Object v = values[i];
        if (v instanceof String) {
            String[] parts = getStrings(tag);
            int n = Math.min(parts.length, max);
            if (n == 0) {
                return null;
            }
            long[] out = new long[n];
            try {
                for (int k = 0; k < n; k++) {
                    out[k] = vr == VR.DS ? (long) Double.parseDouble(parts[k]) : Long.parseLong(parts[k]);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            return out;
        }
        if (!(v instanceof byte[] b)) {
            return null;
        }
        int unit;
        switch (vr) {
            case US, SS, OW -> unit = 2;
            case UL, SL, AT, OL -> unit = 4;
            case SV, UV, OV -> unit = 8;
            case OB, UN -> unit = 1;
            default -> {
                return null; // floats: use getDouble
            }
        }
        int n = Math.min(b.length / unit, max);
        if (n == 0) {
            return null;
        }
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            int o = k * unit;
            out[k] = switch (vr) {
                case US, OW -> le16(b, o);
                case SS -> (short) le16(b, o);
                case UL, OL -> le32(b, o) & 0xFFFFFFFFL;
                case SL -> le32(b, o);
                case AT -> (long) le16(b, o) << 16 | le16(b, o + 2);
                case OB, UN -> b[o] & 0xFF;
                default -> le64(b, o);
            };
        }
        return out;
    }

    /** First value as double (FL, FD, OF, OD, DS, IS and integer binaries); default when absent/unparsable. */
    public double getDouble(int tag, double defaultValue) {
        double[] d = getDoubles(tag);
        return d.length == 0 ? defaultValue : d[0];
    }

    /** All values as doubles (empty when absent or unparsable). */
    public double[] getDoubles(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return new double[0];
        }
        VR vr = vrs[i];
        Object v = values[i];
        if (v instanceof String) {
            String[] parts = getStrings(tag);
            double[] out = new double[parts.length];
            try {
                for (int k = 0; k < parts.length; k++) {
                    out[k] = Double.parseDouble(parts[k]);
                }
            } catch (NumberFormatException e) {
                return new double[0];
            }
            return out;
        }
        if (v instanceof byte[] b && (vr == VR.FL || vr == VR.OF || vr == VR.FD || vr == VR.OD)) {
            int unit = vr.bytesPerValue();
            double[] out = new double[b.length / unit];
            for (int k = 0; k < out.length; k++) {
                out[k] = unit == 4 ? Float.intBitsToFloat(le32(b, 4 * k)) : Double.longBitsToDouble(le64(b, 8 * k));
            }
            return out;
        }
        long[] l = longs(tag, Integer.MAX_VALUE);
        if (l == null) {
            return new double[0];
        }
        double[] out = new double[l.length];
        for (int k = 0; k < l.length; k++) {
            out[k] = vr == VR.UV ? Double.parseDouble(Long.toUnsignedString(l[k])) : l[k];
        }
        return out;
    }

    /** Sets integer values: binary for US/SS/UL/SL/AT/SV/UV/OW/OL/OB, decimal text for IS/DS. */
    public void setInt(int tag, VR vr, int... values) {
        long[] l = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            l[k] = vr == VR.UL || vr == VR.UV || vr == VR.OL ? values[k] & 0xFFFFFFFFL : values[k];
        }
        setLong(tag, vr, l);
    }

    /** Sets integer values (see {@link #setInt}); the only way to write 64-bit SV/UV values. */
    public void setLong(int tag, VR vr, long... values) {
        if (vr == VR.IS || vr == VR.DS) {
            String[] s = new String[values.length];
            for (int k = 0; k < values.length; k++) {
                s[k] = Long.toString(values[k]);
            }
            setString(tag, vr, s);
            return;
        }
        int unit;
        switch (vr) {
            case US, SS, OW -> unit = 2;
            case UL, SL, AT, OL -> unit = 4;
            case SV, UV, OV -> unit = 8;
            case OB, UN -> unit = 1;
            default -> throw new IllegalArgumentException("VR " + vr + " does not hold integers");
        }
        byte[] b = new byte[values.length * unit];
        for (int k = 0; k < values.length; k++) {
            long x = values[k];
            int o = k * unit;
            if (vr == VR.AT) {
                putLE(b, o, x >>> 16, 2);
                putLE(b, o + 2, x, 2);
            } else {
                putLE(b, o, x, unit);
            }
        }
        setValue(tag, vr, b);
    }

    /** Sets floating point values: binary for FL/FD/OF/OD, text of at most 16 characters for DS. */
    public void setDouble(int tag, VR vr, double... values) {
        switch (vr) {
            case DS -> {
                String[] s = new String[values.length];
                for (int k = 0; k < values.length; k++) {
                    s[k] = formatDS(values[k]);
                }
                setString(tag, vr, s);
            }
            case FL, OF -> {
                byte[] b = new byte[4 * values.length];
                for (int k = 0; k < values.length; k++) {
                    putLE(b, 4 * k, Float.floatToIntBits((float) values[k]), 4);
                }
                setValue(tag, vr, b);
            }
            case FD, OD -> {
                byte[] b = new byte[8 * values.length];
                for (int k = 0; k < values.length; k++) {
                    putLE(b, 8 * k, Double.doubleToLongBits(values[k]), 8);
                }
                setValue(tag, vr, b);
            }
            default -> throw new IllegalArgumentException("VR " + vr + " does not hold floating point values");
        }
    }

    /** Formats a DS value in at most 16 characters (PS3.5 Table 6.2-1). */
    static String formatDS(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("DS cannot hold " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        for (int p = 15; s.length() > 16 && p > 0; p--) {
            s = String.format(java.util.Locale.ROOT, "%." + p + "G", d).replace("E+", "E");
            if (s.contains(".") && !s.contains("E")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- bytes, bulk data, sequences

    /** Sets a binary value (little endian, as PS3.5 encodes it in LE transfer syntaxes); not copied. */
    public void setBytes(int tag, VR vr, byte[] value) {
        if (!vr.isBinary()) {
            throw new IllegalArgumentException("VR " + vr + " is not binary");
        }
        setValue(tag, vr, Objects.requireNonNull(value));
    }

    /**
     * The value's bytes: binary values little endian (bulk data read from its file), strings encoded
     * with this dataset's Specific Character Set. Null when absent; for sequences and fragments too.
     *
     * @throws UncheckedIOException when referenced bulk data cannot be read
     */
    public byte[] getBytes(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        Object v = values[i];
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof BulkData bd) {
            try {
                return bd.readBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (v instanceof String s) {
            return vrs[i].isCharsetDependent() ? specificCharacterSet().encode(s)
                    : s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    /** Bulk data of an element: a {@link BulkData} value as is, a byte array wrapped; else null. */
    public BulkData getBulkData(int tag) {
        Object v = getValue(tag);
        if (v instanceof BulkData bd) {
            return bd;
        }
        if (v instanceof byte[] b) {
            return BulkData.ofBytes(b);
        }
        return null;
    }

    /** Encapsulated pixel data, or null when the element is absent or native. */
    public Fragments getFragments(int tag) {
        return getValue(tag) instanceof Fragments f ? f : null;
    }

    /** The items of a sequence element (live), or null when absent or not SQ. */
    public Sequence getSequence(int tag) {
        return getValue(tag) instanceof Sequence s ? s : null;
    }

    /** Creates (or replaces with) an empty sequence element and returns it for adding items. */
    public Sequence newSequence(int tag) {
        setValue(tag, VR.SQ, null);
        return getSequence(tag);
    }

    /** The first item of a sequence, or null. */
    public Attributes getNestedDataset(int tag) {
        Sequence s = getSequence(tag);
        return s == null || s.isEmpty() ? null : s.get(0);
    }

    /**
     * The Specific Character Set in effect here: this dataset's (0008,0005) or, for an item without
     * one, its parent's (PS3.5 §7.5.3).
     */
    public SpecificCharacterSet specificCharacterSet() {
        for (Attributes a = this; a != null; a = a.parent) {
            int i = a.indexOf(Tag.SpecificCharacterSet);
            if (i >= 0) {
                return SpecificCharacterSet.of(a.getStrings(Tag.SpecificCharacterSet));
            }
        }
        return SpecificCharacterSet.DEFAULT;
    }

    /** Copies every element of {@code other} into this dataset (replacing equal tags). */
    public void addAll(Attributes other) {
        for (int i = 0; i < other.size; i++) {
            Object v = other.values[i];
            setValue(other.tags[i], other.vrs[i], v instanceof Sequence s ? new ArrayList<>(copyItems(s)) : v);
        }
    }

    private static List<Attributes> copyItems(Sequence s) {
        List<Attributes> out = new ArrayList<>(s.size());
        for (Attributes a : s) {
            out.add(new Attributes(a));
        }
        return out;
    }

    // ---------------------------------------------------------------- iteration, equality

    /** Tag of the i-th element in ascending tag order (for allocation-free loops). */
    public int tagAt(int index) {
        Objects.checkIndex(index, size);
        return tags[index];
    }

    public VR vrAt(int index) {
        Objects.checkIndex(index, size);
        return vrs[index];
    }

    public Object valueAt(int index) {
        Objects.checkIndex(index, size);
        return values[index];
    }

    /** All tags in ascending order. */
    public int[] tags() {
        return Arrays.copyOf(tags, size);
    }

    @Override
    public Iterator<DataElement> iterator() {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public DataElement next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                DataElement e = new DataElement(tags[next], vrs[next], values[next]);
                next++;
                return e;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Attributes other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (tags[i] != other.tags[i] || vrs[i] != other.vrs[i] || !valueEquals(values[i], other.values[i])) {
                return false;
            }
        }
        return true;
    }

    /** Compares two value objects as {@link #equals} does (byte arrays and bulk data by content). */
    public static boolean valueEquals(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof byte[] x && b instanceof BulkData y) {
            return BulkData.ofBytes(x).equals(y);
        }
        if (a instanceof BulkData x && b instanceof byte[] y) {
            return x.equals(BulkData.ofBytes(y));
        }
        return Objects.equals(a, b);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = 0; i < size; i++) {
            h = 31 * h + tags[i];
            h = 31 * h + vrs[i].ordinal();
        }
        return h;
    }

    /** Tags, VRs and value lengths only: safe to log. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        describe(sb, "");
        return sb.toString();
    }

    private void describe(StringBuilder sb, String indent) {
        for (int i = 0; i < size; i++) {
            sb.append(indent).append(Tag.toString(tags[i])).append(' ').append(vrs[i]);
            Object v = values[i];
            if (v instanceof Sequence seq) {
                sb.append(" (").append(seq.size()).append(" items)\n");
                for (Attributes item : seq) {
                    sb.append(indent).append("  item\n");
                    item.describe(sb, indent + "    ");
                }
                continue;
            }
            if (v instanceof String s) {
                sb.append(" #").append(s.length()).append(" chars");
            } else if (v instanceof byte[] b) {
                sb.append(" #").append(b.length);
            } else if (v instanceof BulkData bd) {
                sb.append(" #").append(bd.length()).append(" bulk");
            } else if (v instanceof Fragments f) {
                sb.append(" (").append(f.fragmentCount()).append(" fragments)");
            }
            String kw = Tag.keywordOf(tags[i]);
            if (kw != null) {
                sb.append(' ').append(kw);
            }
            sb.append('\n');
        }
    }

    // ---------------------------------------------------------------- little-endian helpers

    static int le16(byte[] b, int o) {
        return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
    }

    static int le32(byte[] b, int o) {
        return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16 | (b[o + 3] & 0xFF) << 24;
    }

    static long le64(byte[] b, int o) {
        return (le32(b, o) & 0xFFFFFFFFL) | (long) le32(b, o + 4) << 32;
    }

    static void putLE(byte[] b, int o, long x, int n) {
        for (int k = 0; k < n; k++) {
            b[o + k] = (byte) (x >>> (8 * k));
        }
    }
}
