package org.fxtriage.dicom.net.pdu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoder and strict decoder for the PDUs of PS3.8 §9.3. All multi-byte fields are big endian
 * (PS3.8 §9.3.1). A peer-given length is checked against a limit before anything is allocated for it,
 * and the body is then read incrementally ({@link InputStream#readNBytes(int)}), so a lying length on a
 * short stream costs at most what actually arrived.
 */
public final class PduCodec {
    /** PDU-type (1) + reserved (1) + PDU-length (4). */
    public static final int HEADER_LENGTH = 6;
    /**
     * Limit for A-ASSOCIATE-RQ/AC bodies. The standard sets none; 256 KiB holds 128 presentation contexts with
     * dozens of transfer syntaxes each, far beyond what real PACS propose.
     */
    public static final int MAX_ASSOCIATE_PDU_LENGTH = 256 * 1024;

    private static final int ITEM_APPLICATION_CONTEXT = 0x10;
    private static final int ITEM_PRESENTATION_CONTEXT_RQ = 0x20;
    private static final int ITEM_PRESENTATION_CONTEXT_AC = 0x21;
    private static final int ITEM_ABSTRACT_SYNTAX = 0x30;
    private static final int ITEM_TRANSFER_SYNTAX = 0x40;
    private static final int ITEM_USER_INFORMATION = 0x50;
    private static final int SUB_MAXIMUM_LENGTH = 0x51;
    private static final int SUB_IMPLEMENTATION_CLASS_UID = 0x52;
    private static final int SUB_ASYNC_OPERATIONS_WINDOW = 0x53;
    private static final int SUB_ROLE_SELECTION = 0x54;
    private static final int SUB_IMPLEMENTATION_VERSION_NAME = 0x55;
    private static final int SUB_USER_IDENTITY_RQ = 0x58;
    private static final int SUB_USER_IDENTITY_AC = 0x59;

    private PduCodec() {
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads one PDU.
     *
     * @param maxPDataLength largest P-DATA-TF variable field we accept: the maximum length we announced
     * @return the PDU, or {@code null} when the stream ends cleanly before the first byte of a PDU
     * @throws PduFormatException malformed, truncated, or longer than the limits
     * @throws IOException        transport errors (including socket timeouts)
     */
    public static Pdu read(InputStream in, long maxPDataLength) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        byte[] rest = in.readNBytes(HEADER_LENGTH - 1);
        if (rest.length < HEADER_LENGTH - 1) {
            throw new PduFormatException(AAbort.REASON_NOT_SPECIFIED, "truncated PDU header: stream ended after "
                    + (1 + rest.length) + " of 6 bytes");
        }
        int type = first;
        long length = ((rest[1] & 0xFFL) << 24) | ((rest[2] & 0xFFL) << 16) | ((rest[3] & 0xFFL) << 8) | (rest[4] & 0xFFL);
        long limit = lengthLimit(type, maxPDataLength);
        if (type == Pdu.TYPE_A_ASSOCIATE_RJ || type == Pdu.TYPE_A_RELEASE_RQ || type == Pdu.TYPE_A_RELEASE_RP || type == Pdu.TYPE_A_ABORT) {
            if (length != 4) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        Pdu.typeName(type) + " PDU length is " + length + ", the standard fixes it at 4");
            }
        } else if (length > limit) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                    Pdu.typeName(type) + " PDU length " + length + " exceeds the limit of " + limit);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new PduFormatException(AAbort.REASON_NOT_SPECIFIED, "truncated " + Pdu.typeName(type)
                    + ": stream ended after " + body.length + " of " + length + " body bytes");
        }
        return decode(type, body);
    }

    private static long lengthLimit(int type, long maxPDataLength) throws PduFormatException {
        return switch (type) {
            case Pdu.TYPE_A_ASSOCIATE_RQ, Pdu.TYPE_A_ASSOCIATE_AC -> MAX_ASSOCIATE_PDU_LENGTH;
            case Pdu.TYPE_P_DATA_TF -> maxPDataLength <= 0 ? Integer.MAX_VALUE - 8 : Math.min(maxPDataLength, Integer.MAX_VALUE - 8);
            case Pdu.TYPE_A_ASSOCIATE_RJ, Pdu.TYPE_A_RELEASE_RQ, Pdu.TYPE_A_RELEASE_RP, Pdu.TYPE_A_ABORT -> 4;
            default -> throw new PduFormatException(AAbort.UNRECOGNIZED_PDU, String.format("unrecognized PDU type 0x%02X", type));
        };
    }

    /** Decodes a PDU body (everything after the 6-byte header). */
    public static Pdu decode(int type, byte[] body) throws PduFormatException {
        Cursor c = new Cursor(body, 0, body.length, Pdu.typeName(type));
        try {
            return switch (type) {
                case Pdu.TYPE_A_ASSOCIATE_RQ -> decodeAssociateRq(c);
                case Pdu.TYPE_A_ASSOCIATE_AC -> decodeAssociateAc(c);
                case Pdu.TYPE_A_ASSOCIATE_RJ -> {
                    fixedLength(c, 4);
                    c.u8();
                    yield new AAssociateRj(c.u8(), c.u8(), c.u8());
                }
                case Pdu.TYPE_P_DATA_TF -> decodePData(c);
                case Pdu.TYPE_A_RELEASE_RQ -> {
                    fixedLength(c, 4);
                    yield new AReleaseRq();
                }
                case Pdu.TYPE_A_RELEASE_RP -> {
                    fixedLength(c, 4);
                    yield new AReleaseRp();
                }
                case Pdu.TYPE_A_ABORT -> {
                    fixedLength(c, 4);
                    c.u8();
                    c.u8();
                    yield new AAbort(c.u8(), c.u8());
                }
                default -> throw new PduFormatException(AAbort.UNRECOGNIZED_PDU, String.format("unrecognized PDU type 0x%02X", type));
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            // a field that parses but breaks a record invariant (AE title, context id, version name length)
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, Pdu.typeName(type) + ": " + e.getMessage());
        }
    }

    private static void fixedLength(Cursor c, int n) throws PduFormatException {
        if (c.remaining() != n) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, c.what + " body must be " + n + " bytes, got " + c.remaining());
        }
    }

    private static PDataTf decodePData(Cursor c) throws PduFormatException {
        List<PresentationDataValue> values = new ArrayList<>();
        while (c.remaining() > 0) {
            long itemLength = c.u32();
            if (itemLength < 2 || itemLength > c.remaining()) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        "PDV item length " + itemLength + " does not fit the " + c.remaining() + " bytes left in the P-DATA-TF");
            }
            int pcid = c.u8();
            int header = c.u8();
            byte[] data = c.bytes((int) itemLength - 2);
            if (pcid == 0 || (pcid & 1) == 0) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "PDV presentation context id " + pcid + " is not odd in 1..255");
            }
            values.add(new PresentationDataValue(pcid, (header & 0x01) != 0, (header & 0x02) != 0, data));
        }
        if (values.isEmpty()) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "P-DATA-TF without any PDV");
        }
        return new PDataTf(values);
    }

    private record AssociateHeader(int protocolVersion, String called, String calling) {
    }

    private static AssociateHeader associateHeader(Cursor c) throws PduFormatException {
        if (c.remaining() < 68) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, c.what + " body is " + c.remaining() + " bytes, at least 68 needed");
        }
        int version = c.u16();
        c.skip(2);
        String called = aeTitle(c.bytes(16));
        String calling = aeTitle(c.bytes(16));
        c.skip(32);
        return new AssociateHeader(version, called, calling);
    }

    private static AAssociateRq decodeAssociateRq(Cursor c) throws PduFormatException {
        AssociateHeader h = associateHeader(c);
        ApplicationContext appContext = null;
        List<PresentationContextRq> contexts = new ArrayList<>();
        UserInformation userInfo = null;
        while (c.remaining() > 0) {
            int itemType = c.u8();
            c.skip(1);
            Cursor item = c.sub(c.u16(), String.format("item 0x%02X", itemType));
            switch (itemType) {
                case ITEM_APPLICATION_CONTEXT -> {
                    if (appContext != null) {
                        throw unexpected("second application context item");
                    }
                    appContext = new ApplicationContext(item.uid(item.remaining()));
                }
                case ITEM_PRESENTATION_CONTEXT_RQ -> contexts.add(presentationContextRq(item));
                case ITEM_USER_INFORMATION -> {
                    if (userInfo != null) {
                        throw unexpected("second user information item");
                    }
                    userInfo = userInformation(item, true);
                }
                case ITEM_PRESENTATION_CONTEXT_AC -> throw unexpected("A-ASSOCIATE-AC presentation context item (0x21) in an A-ASSOCIATE-RQ");
                default -> {
                    // PS3.8 §9.3.1: items of unrecognized types are ignored
                }
            }
        }
        if (appContext == null) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "A-ASSOCIATE-RQ without application context item");
        }
        if (userInfo == null) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "A-ASSOCIATE-RQ without user information item");
        }
        return new AAssociateRq(h.protocolVersion, h.called, h.calling, appContext, contexts, userInfo);
    }

    private static AAssociateAc decodeAssociateAc(Cursor c) throws PduFormatException {
        AssociateHeader h = associateHeader(c);
        ApplicationContext appContext = null;
        List<PresentationContextAc> contexts = new ArrayList<>();
        UserInformation userInfo = null;
        while (c.remaining() > 0) {
            int itemType = c.u8();
            c.skip(1);
            Cursor item = c.sub(c.u16(), String.format("item 0x%02X", itemType));
            switch (itemType) {
                case ITEM_APPLICATION_CONTEXT -> {
                    if (appContext != null) {
                        throw unexpected("second application context item");
                    }
                    appContext = new ApplicationContext(item.uid(item.remaining()));
                }
                case ITEM_PRESENTATION_CONTEXT_AC -> contexts.add(presentationContextAc(item));
                case ITEM_USER_INFORMATION -> {
                    if (userInfo != null) {
                        throw unexpected("second user information item");
                    }
                    userInfo = userInformation(item, false);
                }
                case ITEM_PRESENTATION_CONTEXT_RQ -> throw unexpected("A-ASSOCIATE-RQ presentation context item (0x20) in an A-ASSOCIATE-AC");
                default -> {
                }
            }
        }
        if (appContext == null) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "A-ASSOCIATE-AC without application context item");
        }
        if (userInfo == null) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "A-ASSOCIATE-AC without user information item");
        }
        return new AAssociateAc(h.protocolVersion, h.called, h.calling, appContext, contexts, userInfo);
    }

    private static PduFormatException unexpected(String what) {
        return new PduFormatException(AAbort.UNEXPECTED_PDU_PARAMETER, what);
    }

    private static PresentationContextRq presentationContextRq(Cursor c) throws PduFormatException {
        if (c.remaining() < 4) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "presentation context item shorter than 4 bytes");
        }
        int id = c.u8();
        c.skip(3);
        String abstractSyntax = null;
        List<String> transferSyntaxes = new ArrayList<>();
        while (c.remaining() > 0) {
            int type = c.u8();
            c.skip(1);
            Cursor sub = c.sub(c.u16(), String.format("sub-item 0x%02X", type));
            switch (type) {
                case ITEM_ABSTRACT_SYNTAX -> {
                    if (abstractSyntax != null) {
                        throw unexpected("second abstract syntax in presentation context " + id);
                    }
                    abstractSyntax = sub.uid(sub.remaining());
                }
                case ITEM_TRANSFER_SYNTAX -> transferSyntaxes.add(sub.uid(sub.remaining()));
                default -> throw unexpected(String.format("sub-item 0x%02X in presentation context %d", type, id));
            }
        }
        if (abstractSyntax == null || transferSyntaxes.isEmpty()) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                    "presentation context " + id + " lacks an abstract syntax or a transfer syntax");
        }
        return new PresentationContextRq(id, abstractSyntax, transferSyntaxes);
    }

    private static PresentationContextAc presentationContextAc(Cursor c) throws PduFormatException {
        if (c.remaining() < 4) {
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "presentation context item shorter than 4 bytes");
        }
        int id = c.u8();
        c.skip(1);
        PresentationContextAc.Result result = PresentationContextAc.Result.of(c.u8());
        c.skip(1);
        String transferSyntax = null;
        while (c.remaining() > 0) {
            int type = c.u8();
            c.skip(1);
            Cursor sub = c.sub(c.u16(), String.format("sub-item 0x%02X", type));
            if (type != ITEM_TRANSFER_SYNTAX || transferSyntax != null) {
                throw unexpected(String.format("sub-item 0x%02X in accepted presentation context %d", type, id));
            }
            transferSyntax = sub.uid(sub.remaining());
        }
        if (transferSyntax == null) {
            if (result == PresentationContextAc.Result.ACCEPTANCE) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "accepted presentation context " + id + " without transfer syntax");
            }
            transferSyntax = "";
        }
        return new PresentationContextAc(id, result, transferSyntax);
    }

    private static UserInformation userInformation(Cursor c, boolean rq) throws PduFormatException {
        long maxLength = 0;
        boolean seenMaxLength = false;
        String classUid = null;
        String versionName = null;
        AsynchronousOperationsWindow window = null;
        List<RoleSelection> roles = new ArrayList<>();
        UserIdentityRq identityRq = null;
        UserIdentityAc identityAc = null;
        while (c.remaining() > 0) {
            int type = c.u8();
            c.skip(1);
            Cursor sub = c.sub(c.u16(), String.format("user information sub-item 0x%02X", type));
            switch (type) {
                case SUB_MAXIMUM_LENGTH -> {
                    sub.requireLength(4);
                    if (seenMaxLength) {
                        throw unexpected("second maximum length sub-item");
                    }
                    seenMaxLength = true;
                    maxLength = sub.u32();
                }
                case SUB_IMPLEMENTATION_CLASS_UID -> classUid = sub.uid(sub.remaining());
                case SUB_IMPLEMENTATION_VERSION_NAME -> versionName = sub.uid(sub.remaining());
                case SUB_ASYNC_OPERATIONS_WINDOW -> {
                    sub.requireLength(4);
                    window = new AsynchronousOperationsWindow(sub.u16(), sub.u16());
                }
                case SUB_ROLE_SELECTION -> {
                    int uidLength = sub.u16();
                    if (uidLength + 2 != sub.remaining()) {
                        throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "role selection UID length " + uidLength
                                + " does not match its sub-item length");
                    }
                    String uid = sub.uid(uidLength);
                    roles.add(new RoleSelection(uid, sub.u8() == 1, sub.u8() == 1));
                }
                case SUB_USER_IDENTITY_RQ -> {
                    if (!rq) {
                        throw unexpected("user identity RQ sub-item in an A-ASSOCIATE-AC");
                    }
                    int identityType = sub.u8();
                    boolean positive = sub.u8() == 1;
                    byte[] primary = sub.bytes(sub.u16());
                    byte[] secondary = sub.bytes(sub.u16());
                    if (sub.remaining() != 0) {
                        throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "user identity sub-item has trailing bytes");
                    }
                    identityRq = new UserIdentityRq(identityType, positive, primary, secondary);
                }
                case SUB_USER_IDENTITY_AC -> {
                    if (rq) {
                        throw unexpected("user identity AC sub-item in an A-ASSOCIATE-RQ");
                    }
                    byte[] response = sub.bytes(sub.u16());
                    if (sub.remaining() != 0) {
                        throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, "user identity sub-item has trailing bytes");
                    }
                    identityAc = new UserIdentityAc(response);
                }
                default -> {
                    // 0x56/0x57 extended negotiation and future sub-items: PS3.7 D.3.3 lets us ignore them
                }
            }
        }
        return new UserInformation(maxLength, classUid, versionName, window, roles, identityRq, identityAc);
    }

    /**
     * ISO 8859-1 maps every byte to one char, so whatever a peer puts in the field survives a decode/encode round
     * trip; the RQ constructor then refuses characters an AE title may not hold (PS3.5 §6.2, VR AE).
     */
    private static String aeTitle(byte[] field) {
        return new String(field, StandardCharsets.ISO_8859_1).trim();
    }

    /** Bounds-checked big-endian reader over a slice of the body. */
    private static final class Cursor {
        private final byte[] b;
        private int pos;
        private final int end;
        final String what;

        Cursor(byte[] b, int pos, int end, String what) {
            this.b = b;
            this.pos = pos;
            this.end = end;
            this.what = what;
        }

        int remaining() {
            return end - pos;
        }

        private void need(int n) throws PduFormatException {
            if (n < 0 || n > end - pos) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                        what + ": needs " + n + " bytes but only " + (end - pos) + " are left");
            }
        }

        void requireLength(int n) throws PduFormatException {
            if (remaining() != n) {
                throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, what + " must be " + n + " bytes, got " + remaining());
            }
        }

        int u8() throws PduFormatException {
            need(1);
            return b[pos++] & 0xFF;
        }

        int u16() throws PduFormatException {
            need(2);
            int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        long u32() throws PduFormatException {
            need(4);
            long v = ((b[pos] & 0xFFL) << 24) | ((b[pos + 1] & 0xFFL) << 16) | ((b[pos + 2] & 0xFFL) << 8) | (b[pos + 3] & 0xFFL);
            pos += 4;
            return v;
        }

        void skip(int n) throws PduFormatException {
            need(n);
            pos += n;
        }

        byte[] bytes(int n) throws PduFormatException {
            need(n);
            byte[] out = new byte[n];
            System.arraycopy(b, pos, out, 0, n);
            pos += n;
            return out;
        }

        /** UIDs and names in items are not padded, but some peers pad with NUL or space anyway. */
        String uid(int n) throws PduFormatException {
            need(n);
            int e = pos + n;
            int s = pos;
            pos = e;
            while (e > s && (b[e - 1] == 0 || b[e - 1] == ' ')) {
                e--;
            }
            for (int i = s; i < e; i++) {
                if (b[i] < 0x20 || b[i] > 0x7E) {
                    throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE, what + " holds a non-printable byte");
                }
            }
            return new String(b, s, e - s, StandardCharsets.US_ASCII);
        }

        Cursor sub(int length, String name) throws PduFormatException {
            need(length);
            Cursor sub = new Cursor(b, pos, pos + length, name);
            pos += length;
            return sub;
        }
    }

    // ------------------------------------------------------------------ writing

    /** Writes one PDU and flushes. */
    public static void write(Pdu pdu, OutputStream out) throws IOException {
        out.write(encode(pdu));
        out.flush();
    }

    /** The full PDU including its 6-byte header. */
    public static byte[] encode(Pdu pdu) {
        Writer w = new Writer();
        w.u8(pdu.type());
        w.u8(0);
        w.u32(0); // patched below
        if (pdu instanceof AAssociateRq rq) {
            associateHeader(w, rq.protocolVersion(), rq.calledAeTitle(), rq.callingAeTitle());
            item(w, ITEM_APPLICATION_CONTEXT, ascii(rq.applicationContext().name()));
            for (PresentationContextRq pc : rq.presentationContexts()) {
                Writer body = new Writer();
                body.u8(pc.id());
                body.u8(0);
                body.u8(0);
                body.u8(0);
                item(body, ITEM_ABSTRACT_SYNTAX, ascii(pc.abstractSyntax()));
                for (String ts : pc.transferSyntaxes()) {
                    item(body, ITEM_TRANSFER_SYNTAX, ascii(ts));
                }
                item(w, ITEM_PRESENTATION_CONTEXT_RQ, body.toByteArray());
            }
            item(w, ITEM_USER_INFORMATION, userInformation(rq.userInformation()));
        } else if (pdu instanceof AAssociateAc ac) {
            associateHeader(w, ac.protocolVersion(), ac.calledAeTitle(), ac.callingAeTitle());
            item(w, ITEM_APPLICATION_CONTEXT, ascii(ac.applicationContext().name()));
            for (PresentationContextAc pc : ac.presentationContexts()) {
                Writer body = new Writer();
                body.u8(pc.id());
                body.u8(0);
                body.u8(pc.result().code);
                body.u8(0);
                item(body, ITEM_TRANSFER_SYNTAX, ascii(pc.transferSyntax()));
                item(w, ITEM_PRESENTATION_CONTEXT_AC, body.toByteArray());
            }
            item(w, ITEM_USER_INFORMATION, userInformation(ac.userInformation()));
        } else if (pdu instanceof AAssociateRj rj) {
            w.u8(0);
            w.u8(rj.result());
            w.u8(rj.source());
            w.u8(rj.reason());
        } else if (pdu instanceof PDataTf p) {
            for (PresentationDataValue v : p.values()) {
                w.u32(v.data().length + 2L);
                w.u8(v.presentationContextId());
                w.u8(v.messageControlHeader());
                w.bytes(v.data());
            }
        } else if (pdu instanceof AReleaseRq || pdu instanceof AReleaseRp) {
            w.u32(0);
        } else if (pdu instanceof AAbort a) {
            w.u8(0);
            w.u8(0);
            w.u8(a.source());
            w.u8(a.reason());
        }
        byte[] out = w.toByteArray();
        long length = out.length - HEADER_LENGTH;
        out[2] = (byte) (length >>> 24);
        out[3] = (byte) (length >>> 16);
        out[4] = (byte) (length >>> 8);
        out[5] = (byte) length;
        return out;
    }

    private static void associateHeader(Writer w, int protocolVersion, String called, String calling) {
        w.u16(protocolVersion);
        w.u16(0);
        w.bytes(aeField(called));
        w.bytes(aeField(calling));
        w.bytes(new byte[32]);
    }

    private static byte[] aeField(String aeTitle) {
        byte[] f = new byte[16];
        java.util.Arrays.fill(f, (byte) ' ');
        byte[] t = aeTitle.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, f, 0, Math.min(16, t.length));
        return f;
    }

    private static byte[] userInformation(UserInformation ui) {
        Writer w = new Writer();
        Writer max = new Writer();
        max.u32(ui.maximumLength());
        item(w, SUB_MAXIMUM_LENGTH, max.toByteArray());
        if (ui.implementationClassUid() != null) {
            item(w, SUB_IMPLEMENTATION_CLASS_UID, ascii(ui.implementationClassUid()));
        }
        if (ui.asynchronousOperationsWindow() != null) {
            Writer a = new Writer();
            a.u16(ui.asynchronousOperationsWindow().maxOperationsInvoked());
            a.u16(ui.asynchronousOperationsWindow().maxOperationsPerformed());
            item(w, SUB_ASYNC_OPERATIONS_WINDOW, a.toByteArray());
        }
        for (RoleSelection r : ui.roleSelections()) {
            Writer s = new Writer();
            byte[] uid = ascii(r.sopClassUid());
            s.u16(uid.length);
            s.bytes(uid);
            s.u8(r.scuRole() ? 1 : 0);
            s.u8(r.scpRole() ? 1 : 0);
            item(w, SUB_ROLE_SELECTION, s.toByteArray());
        }
        if (ui.implementationVersionName() != null) {
            item(w, SUB_IMPLEMENTATION_VERSION_NAME, ascii(ui.implementationVersionName()));
        }
        if (ui.userIdentityRq() != null) {
            UserIdentityRq id = ui.userIdentityRq();
            Writer s = new Writer();
            s.u8(id.identityType());
            s.u8(id.positiveResponseRequested() ? 1 : 0);
            byte[] p = id.primaryField();
            byte[] q = id.secondaryField();
            s.u16(p.length);
            s.bytes(p);
            s.u16(q.length);
            s.bytes(q);
            item(w, SUB_USER_IDENTITY_RQ, s.toByteArray());
        }
        if (ui.userIdentityAc() != null) {
            byte[] r = ui.userIdentityAc().serverResponse();
            Writer s = new Writer();
            s.u16(r.length);
            s.bytes(r);
            item(w, SUB_USER_IDENTITY_AC, s.toByteArray());
        }
        return w.toByteArray();
    }

    private static void item(Writer w, int type, byte[] body) {
        if (body.length > 0xFFFF) {
            throw new IllegalArgumentException(String.format("item 0x%02X is %d bytes, items are limited to 65535", type, body.length));
        }
        w.u8(type);
        w.u8(0);
        w.u16(body.length);
        w.bytes(body);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class Writer extends ByteArrayOutputStream {
        void u8(int v) {
            write(v);
        }

        void u16(int v) {
            write(v >>> 8);
            write(v);
        }

        void u32(long v) {
            write((int) (v >>> 24));
            write((int) (v >>> 16));
            write((int) (v >>> 8));
            write((int) v);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }
    }
}
