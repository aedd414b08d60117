package org.fxtriage.dicom.net.dimse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A DIMSE command set: group 0000 elements, encoded implicit VR little endian whatever the transfer syntax
 * of the presentation context (PS3.7 §6.3.1). Values are kept as encoded bytes; typed accessors decode them.
 * Immutable; build with {@link #builder()}.
 */
public final class CommandSet {
    /** Value of Command Data Set Type (0000,0800) meaning "no data set" (PS3.7 §E.1). */
    public static final int NO_DATA_SET = 0x0101;
    /** What we send for "a data set follows": any value other than 0x0101 means present. */
    public static final int DATA_SET_PRESENT = 0x0000;

    private final TreeMap<Integer, byte[]> elements;

    private CommandSet(TreeMap<Integer, byte[]> elements) {
        this.elements = elements;
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ typed access

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    public Set<Integer> tags() {
        return Collections.unmodifiableSet(elements.keySet());
    }

    /** A US value, or {@code defaultValue} when absent. */
    public int getUs(int tag, int defaultValue) throws DimseFormatException {
        byte[] v = elements.get(tag);
        if (v == null) {
            return defaultValue;
        }
        if (v.length != 2) {
            throw new DimseFormatException(CommandElement.tagString(tag) + " US value is " + v.length + " bytes, not 2");
        }
        return (v[0] & 0xFF) | ((v[1] & 0xFF) << 8);
    }

    /** A required US value. */
    public int getUs(int tag) throws DimseFormatException {
        if (!elements.containsKey(tag)) {
            throw new DimseFormatException("command set lacks " + name(tag));
        }
        return getUs(tag, 0);
    }

    /** A string value (UI, AE, LO) without padding, or null when absent. */
    public String getString(int tag) {
        byte[] v = elements.get(tag);
        if (v == null) {
            return null;
        }
        int end = v.length;
        while (end > 0 && (v[end - 1] == 0 || v[end - 1] == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && v[start] == ' ') {
            start++;
        }
        return new String(v, start, end - start, StandardCharsets.US_ASCII);
    }

    public byte[] getBytes(int tag) {
        byte[] v = elements.get(tag);
        return v == null ? null : v.clone();
    }

    public int commandField() throws DimseFormatException {
        return getUs(CommandElement.COMMAND_FIELD.tag);
    }

    public int messageId() throws DimseFormatException {
        return getUs(CommandElement.MESSAGE_ID.tag);
    }

    public int messageIdBeingRespondedTo() throws DimseFormatException {
        return getUs(CommandElement.MESSAGE_ID_BEING_RESPONDED_TO.tag);
    }

    public int status() throws DimseFormatException {
        return getUs(CommandElement.STATUS.tag);
    }

    public String affectedSopClassUid() {
        return getString(CommandElement.AFFECTED_SOP_CLASS_UID.tag);
    }

    public String affectedSopInstanceUid() {
        return getString(CommandElement.AFFECTED_SOP_INSTANCE_UID.tag);
    }

    public String errorComment() {
        return getString(CommandElement.ERROR_COMMENT.tag);
    }

    /** PS3.7 §E.1: Command Data Set Type 0x0101 means no data set, anything else that one follows. */
    public boolean hasDataSet() throws DimseFormatException {
        return getUs(CommandElement.COMMAND_DATA_SET_TYPE.tag) != NO_DATA_SET;
    }

    private static String name(int tag) {
        CommandElement e = CommandElement.of(tag);
        return (e != null ? e.name() + " " : "") + CommandElement.tagString(tag);
    }

    // ------------------------------------------------------------------ codec

    /** Implicit VR little endian, Command Group Length first (PS3.7 §E.1). */
    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<Integer, byte[]> e : elements.entrySet()) {
            if (e.getKey() == CommandElement.COMMAND_GROUP_LENGTH.tag) {
                continue;
            }
            writeElement(body, e.getKey(), e.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 12);
        byte[] length = new byte[4];
        int n = body.size();
        length[0] = (byte) n;
        length[1] = (byte) (n >>> 8);
        length[2] = (byte) (n >>> 16);
        length[3] = (byte) (n >>> 24);
        writeElement(out, CommandElement.COMMAND_GROUP_LENGTH.tag, length);
        out.write(body.toByteArray(), 0, body.size());
        return out.toByteArray();
    }

    private static void writeElement(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag >>> 16);
        out.write(tag >>> 24);
        out.write(tag);
        out.write(tag >>> 8);
        int n = value.length;
        out.write(n);
        out.write(n >>> 8);
        out.write(n >>> 16);
        out.write(n >>> 24);
        out.write(value, 0, n);
    }

    /** Strict decoding: every element in group 0000, every length inside the buffer, no duplicates. */
    public static CommandSet decode(byte[] b) throws DimseFormatException {
        TreeMap<Integer, byte[]> elements = new TreeMap<>();
        int pos = 0;
        while (pos < b.length) {
            if (b.length - pos < 8) {
                throw new DimseFormatException("command set ends inside an element header at byte " + pos);
            }
            int group = (b[pos] & 0xFF) | ((b[pos + 1] & 0xFF) << 8);
            int element = (b[pos + 2] & 0xFF) | ((b[pos + 3] & 0xFF) << 8);
            long length = (b[pos + 4] & 0xFFL) | ((b[pos + 5] & 0xFFL) << 8) | ((b[pos + 6] & 0xFFL) << 16) | ((b[pos + 7] & 0xFFL) << 24);
            pos += 8;
            int tag = (group << 16) | element;
            if (group != 0) {
                throw new DimseFormatException("element " + CommandElement.tagString(tag) + " is not in the command group 0000");
            }
            if (length > b.length - pos) {
                throw new DimseFormatException("element " + CommandElement.tagString(tag) + " length " + length
                        + " exceeds the " + (b.length - pos) + " bytes left in the command set");
            }
            byte[] value = new byte[(int) length];
            System.arraycopy(b, pos, value, 0, (int) length);
            pos += (int) length;
            if (elements.put(tag, value) != null) {
                throw new DimseFormatException("element " + CommandElement.tagString(tag) + " occurs twice");
            }
        }
        if (!elements.containsKey(CommandElement.COMMAND_FIELD.tag)) {
            throw new DimseFormatException("command set without Command Field (0000,0100)");
        }
        CommandSet cs = new CommandSet(elements);
        cs.commandField(); // validates its length
        cs.hasDataSetChecked();
        return cs;
    }

    private void hasDataSetChecked() throws DimseFormatException {
        if (!elements.containsKey(CommandElement.COMMAND_DATA_SET_TYPE.tag)) {
            throw new DimseFormatException("command set without Command Data Set Type (0000,0800)");
        }
        hasDataSet();
    }

    /** Equal when the elements are, ignoring Command Group Length (derived on encoding). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CommandSet c)) {
            return false;
        }
        Map<Integer, byte[]> a = withoutGroupLength(elements);
        Map<Integer, byte[]> b = withoutGroupLength(c.elements);
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, byte[]> e : a.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, byte[]> withoutGroupLength(TreeMap<Integer, byte[]> m) {
        return m.tailMap(CommandElement.COMMAND_GROUP_LENGTH.tag, false);
    }

    @Override
    public int hashCode() {
        return withoutGroupLength(elements).keySet().hashCode();
    }

    /** Command field, message ids, UIDs and status: no patient data lives in a command set. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CommandSet[");
        try {
            s.append(CommandField.name(commandField()));
        } catch (DimseFormatException e) {
            s.append("?");
        }
        for (Map.Entry<Integer, byte[]> e : elements.entrySet()) {
            CommandElement ce = CommandElement.of(e.getKey());
            if (ce == null || ce == CommandElement.COMMAND_FIELD || ce == CommandElement.COMMAND_GROUP_LENGTH) {
                continue;
            }
            s.append(", ").append(ce.name()).append('=');
            switch (ce.vr) {
                case US -> {
                    byte[] v = e.getValue();
                    s.append(v.length == 2 ? String.format("0x%04X", (v[0] & 0xFF) | ((v[1] & 0xFF) << 8)) : "?");
                }
                case UI, AE, LO -> s.append(getString(e.getKey()));
                default -> s.append(e.getValue().length).append(" bytes");
            }
        }
        return s.append(']').toString();
    }

    /** Builds a command set; string values are padded to even length as PS3.5 §6.2 requires. */
    public static final class Builder {
        private final TreeMap<Integer, byte[]> elements = new TreeMap<>();

        public Builder us(CommandElement e, int value) {
            return us(e.tag, value);
        }

        public Builder us(int tag, int value) {
            if (value < 0 || value > 0xFFFF) {
                throw new IllegalArgumentException(CommandElement.tagString(tag) + " US value out of range: " + value);
            }
            elements.put(tag, new byte[]{(byte) value, (byte) (value >>> 8)});
            return this;
        }

        /** UI values are padded with NUL, text values (AE, LO) with a space. */
        public Builder string(CommandElement e, String value) {
            if (value == null) {
                elements.remove(e.tag);
                return this;
            }
            byte[] v = value.getBytes(StandardCharsets.US_ASCII);
            if (v.length % 2 == 1) {
                byte[] p = new byte[v.length + 1];
                System.arraycopy(v, 0, p, 0, v.length);
                p[v.length] = e.vr == CommandElement.Vr.UI ? 0 : (byte) ' ';
                v = p;
            }
            elements.put(e.tag, v);
            return this;
        }

        public Builder bytes(int tag, byte[] value) {
            if ((tag >>> 16) != 0) {
                throw new IllegalArgumentException("command elements are in group 0000");
            }
            elements.put(tag, value.clone());
            return this;
        }

        public CommandSet build() {
            if (!elements.containsKey(CommandElement.COMMAND_FIELD.tag) || !elements.containsKey(CommandElement.COMMAND_DATA_SET_TYPE.tag)) {
                throw new IllegalStateException("a command set needs Command Field and Command Data Set Type");
            }
            return new CommandSet(new TreeMap<>(elements));
        }
    }
}
