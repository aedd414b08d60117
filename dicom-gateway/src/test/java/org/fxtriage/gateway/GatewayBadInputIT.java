package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.pdu.AAssociateAc;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.Pdu;
import org.fxtriage.dicom.net.pdu.PduCodec;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.UserInformation;
import org.fxtriage.dicom.net.service.StoreScu;
import org.fxtriage.dicom.net.ul.Association;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken senders on a raw socket: a sender that stalls mid-dataset, a 4 GB PDU length, a
 * 4 GB element length. The association is aborted or the instance refused, no temporary file stays,
 * and the gateway keeps serving others. A dataset far larger than the heap streams through.
 */
class GatewayBadInputIT {
    private static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    /** A minimal requestor speaking raw PDUs, for what a well-behaved SCU would never send. */
    private static final class RawPeer implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        RawPeer(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            AAssociateRq rq = new AAssociateRq("FXTRIAGE", "RAWPEER", List.of(new PresentationContextRq(1, CR, EXPLICIT_LE)),
                    new UserInformation(16384, "1.2.3.4", "RAWPEER"));
            PduCodec.write(rq, out);
            out.flush();
            Pdu answer = PduCodec.read(in, 1 << 20);
            assertInstanceOf(AAssociateAc.class, answer);
        }

        /** One P-DATA-TF with one PDV (PS3.8 §9.3.5): header byte bit 0 = command, bit 1 = last. */
        void pdv(boolean command, boolean last, byte[] data) throws IOException {
            DataOutputStream d = new DataOutputStream(out);
            d.writeByte(0x04);
            d.writeByte(0);
            d.writeInt(4 + 2 + data.length);
            d.writeInt(2 + data.length);
            d.writeByte(1);
            d.writeByte((command ? 1 : 0) | (last ? 2 : 0));
            d.write(data);
            d.flush();
        }

        void storeCommand(String sopInstanceUid) throws IOException {
            CommandSet rq = CommandSet.builder()
                    .string(CommandElement.AFFECTED_SOP_CLASS_UID, CR)
                    .us(CommandElement.COMMAND_FIELD, CommandField.C_STORE_RQ)
                    .us(CommandElement.MESSAGE_ID, 1)
                    .us(CommandElement.PRIORITY, 0)
                    .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.DATA_SET_PRESENT)
                    .string(CommandElement.AFFECTED_SOP_INSTANCE_UID, sopInstanceUid)
                    .build();
            pdv(true, true, rq.encode());
        }

        /** Waits for the gateway's A-ABORT (or the connection closing). */
        Pdu awaitEnd() throws IOException {
            try {
                Pdu p;
                do {
                    p = PduCodec.read(in, 1 << 20);
                } while (p != null && !(p instanceof AAbort));
                return p;
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the gateway neither aborted nor closed within 30 s");
            } catch (IOException closed) {
                return null; // reset: closed
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void assertStillServing(TestGateway gw) throws Exception {
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), "echoscu", "-aec", "FXTRIAGE", "127.0.0.1", gw.portArg());
        assertEquals(0, r.exitCode(), "the gateway keeps serving other associations: " + r.output());
    }

    private static void awaitNoTemporaryFiles(TestGateway gw) throws Exception {
        for (int i = 0; i < 100 && !gw.temporaryFiles().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), gw.temporaryFiles());
    }

    @Test
    void aSenderStallingMidDatasetIsAbortedAndItsTemporaryFileRemoved(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir, c -> c.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(2)),
                new InMemoryStoreHandler())) {
            try (RawPeer peer = new RawPeer(gw.port())) {
                peer.storeCommand("1.2.3.4.5.6");
                byte[] start = RawDatasets.datasetOf(Samples.byName("RG2_UNC.dcm").file());
                byte[] part = java.util.Arrays.copyOf(start, 200_000);
                for (int off = 0; off < part.length; off += 16000) {
                    peer.pdv(false, false, java.util.Arrays.copyOfRange(part, off, Math.min(part.length, off + 16000)));
                }
                // The dataset is being written to tmp/ now; then the sender goes silent.
                for (int i = 0; i < 50 && gw.temporaryFiles().isEmpty(); i++) {
                    Thread.sleep(50);
                }
                assertEquals(1, gw.temporaryFiles().size(), "the instance streams to a temporary file as it arrives");
                long t0 = System.nanoTime();
                Pdu end = peer.awaitEnd();
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertTrue(end == null || end instanceof AAbort, "expected A-ABORT or close, got " + end);
                assertTrue(waited < 15_000, "aborted after the DIMSE timeout, not later: " + waited + " ms");
            }
            awaitNoTemporaryFiles(gw);
            assertTrue(gw.storedFiles().isEmpty());
            assertStillServing(gw);
        }
    }

    @Test
    void aFourGigabytePduLengthIsAborted(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            try (RawPeer peer = new RawPeer(gw.port())) {
                DataOutputStream d = new DataOutputStream(peer.out);
                d.writeByte(0x04);
                d.writeByte(0);
                d.writeInt(0xFFFF_FFFF); // 4 GB P-DATA-TF announced, 1 KB follows
                d.write(new byte[1024]);
                d.flush();
                Pdu end = peer.awaitEnd();
                assertTrue(end == null || end instanceof AAbort, "expected A-ABORT or close, got " + end);
            }
            awaitNoTemporaryFiles(gw);
            assertStillServing(gw);
        }
    }

    @Test
    void aFourGigabyteElementLengthIsRefusedWithC000(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            byte[] ds = RawDatasets.minimal(CR, "1.2.3.4.7", "1.2.3", "1.2.3.4");
            ByteBuffer lie = ByteBuffer.allocate(12 + 1024).order(ByteOrder.LITTLE_ENDIAN);
            lie.putShort((short) 0x0009).putShort((short) 0x0010).put((byte) 'O').put((byte) 'B').putShort((short) 0)
                    .putInt(0xFFFF_FFF0); // (0009,0010) OB of 4 GB, on a 1 KB stream
            byte[] data = new byte[ds.length + lie.capacity()];
            System.arraycopy(ds, 0, data, 0, ds.length);
            System.arraycopy(lie.array(), 0, data, ds.length, lie.capacity());
            try (RawPeer peer = new RawPeer(gw.port())) {
                peer.storeCommand("1.2.3.4.7");
                peer.pdv(false, true, data);
                Pdu rsp = PduCodec.read(peer.in, 1 << 20);
                assertTrue(rsp != null && rsp.type() == 0x04, "a C-STORE-RSP in a P-DATA-TF, got " + rsp);
                CommandSet cmd = CommandSet.decode(commandBytes(rsp));
                assertEquals(0xC000, cmd.status());
            }
            awaitNoTemporaryFiles(gw);
            assertTrue(gw.storedFiles().isEmpty());
            assertStillServing(gw);
        }
    }

    private static byte[] commandBytes(Pdu pdataTf) {
        byte[] body = PduCodec.encode(pdataTf);
        // 6-byte PDU header, 4-byte PDV length, context id, control header, then the command.
        int len = ByteBuffer.wrap(body, 6, 4).getInt();
        return java.util.Arrays.copyOfRange(body, 12, 12 + len - 2);
    }

    /**
     * A 600 MB instance through a gateway whose JVM has a 96 MB heap: the dataset streams to disk,
     * it never sits in memory whole.
     */
    @Test
    void memoryStaysBoundedForADatasetLargerThanTheHeap(@TempDir Path dir) throws Exception {
        int port = OrthancPeer.freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), GatewayMain.class.getName(),
                "--bind-host", "127.0.0.1", "--port", Integer.toString(port), "--storage-dir", dir.resolve("store").toString(),
                "--min-free-disk", "1GB"));
        Process gateway = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("gateway.log").toFile()).start();
        try {
            OurScuIT.awaitPort(port);
            long pixelBytes = 600L << 20;
            byte[] head = RawDatasets.minimal(CR, "1.2.3.4.8", "1.2.3", "1.2.3.4");
            ByteBuffer px = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            px.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) 'O').put((byte) 'W').putShort((short) 0).putInt((int) pixelBytes);
            byte[] header = new byte[head.length + 12];
            System.arraycopy(head, 0, header, 0, head.length);
            System.arraycopy(px.array(), 0, header, head.length, 12);
            long total = header.length + pixelBytes;
            org.fxtriage.dicom.net.service.DatasetSource big = new org.fxtriage.dicom.net.service.DatasetSource() {
                public String sopClassUid() {
                    return CR;
                }

                public String sopInstanceUid() {
                    return "1.2.3.4.8";
                }

                public String transferSyntaxUid() {
                    return EXPLICIT_LE;
                }

                public InputStream openDataset() {
                    return new InputStream() {
                        long pos;

                        @Override
                        public int read() {
                            byte[] one = new byte[1];
                            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            if (pos >= total) {
                                return -1;
                            }
                            int n = (int) Math.min(len, total - pos);
                            for (int i = 0; i < n; i++) {
                                long p = pos + i;
                                b[off + i] = p < header.length ? header[(int) p] : (byte) p;
                            }
                            pos += n;
                            return n;
                        }
                    };
                }
            };
            Association a = Scu.open(port, "FXTRIAGE", List.of(big));
            try {
                assertEquals(0x0000, new StoreScu(a).send(big).status());
                a.release();
            } finally {
                a.close();
            }
            Path stored = dir.resolve("store/1.2.3/1.2.3.4/1.2.3.4.8.dcm");
            assertTrue(java.nio.file.Files.size(stored) > pixelBytes, "stored whole");
            assertTrue(gateway.isAlive(), "the gateway did not run out of memory");
        } finally {
            gateway.destroy(); // SIGTERM: the clean shutdown path
            assertTrue(gateway.waitFor(30, TimeUnit.SECONDS), "the gateway stops on SIGTERM");
        }
        String log = java.nio.file.Files.readString(dir.resolve("gateway.log"));
        assertTrue(log.contains("stopped"), log);
    }
}
