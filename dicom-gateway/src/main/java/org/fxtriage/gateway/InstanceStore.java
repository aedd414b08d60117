package org.fxtriage.gateway;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.DicomFormatException;
import org.fxtriage.dicom.io.DicomLimits;
import org.fxtriage.dicom.io.DatasetReader;
import org.fxtriage.dicom.io.FileMetaInformation;
import org.fxtriage.dicom.io.Part10Writer;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.dicom.data.TransferSyntax;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filesystem instance store. An instance streams from the network into a temporary file under
 * {@code <root>/tmp/} (Part 10 file meta first, then the dataset bytes exactly as received: no
 * transcoding), is parsed back to validate it and learn its UIDs, fsync'd, atomically renamed to
 * {@code <root>/<Study>/<Series>/<SOPInstance>.dcm}, the directory fsync'd, and handed to the
 * {@link StoreHandler}. Only then is success answered (DESIGN §2). Every failure path deletes the
 * temporary file; a crash leaves at most a file in {@code tmp/}, removed at the next start.
 *
 * <p>Statuses (PS3.4 §B.2.3): 0xA700 out of resources (disk below the free-space floor, disk full,
 * I/O error, handler full); 0xA900 the dataset does not match the SOP class (its SOP Class or SOP
 * Instance UID differs from the command's Affected SOP Class/Instance UID — PS3.7 §9.1.1.1 requires
 * them to agree; the standard has no separate code for the instance, so, like other archives, we use
 * 0xA900 for both — or its Study/Series/SOP Instance UIDs are missing or invalid); 0xC000 cannot
 * understand (not a parsable dataset).
 */
public final class InstanceStore {
    private static final Logger log = LoggerFactory.getLogger(InstanceStore.class);

    public static final int SUCCESS = 0x0000;
    public static final int OUT_OF_RESOURCES = 0xA700;
    public static final int DATASET_DOES_NOT_MATCH_SOP_CLASS = 0xA900;
    public static final int CANNOT_UNDERSTAND = 0xC000;

    private static final int BUFFER = 64 * 1024;
    private static final String TMP = "tmp";

    /** What the C-STORE request says about the instance before its bytes arrive. */
    public record IncomingInstance(String affectedSopClassUid, String affectedSopInstanceUid, String transferSyntaxUid,
                                   String callingAeTitle, String calledAeTitle) {
    }

    /** The C-STORE status to answer, a short reason for the log/Error Comment, and the instance when stored. */
    public record StoreResult(int status, String comment, StoredInstance instance) {
        public boolean success() {
            return status == SUCCESS;
        }
    }

    /** The dataset stream itself failed (peer aborted, timed out): no status can be answered. */
    public static final class DatasetStreamException extends IOException {
        DatasetStreamException(IOException cause) {
            super("dataset stream failed: " + cause.getMessage(), cause);
        }
    }

    private final Path root;
    private final Path tmp;
    private final StoreHandler handler;
    private final long minFreeBytes;
    private final DicomLimits limits;
    private final Object[] locks = new Object[64];

    public InstanceStore(Path root, StoreHandler handler, long minFreeBytes) throws IOException {
        this(root, handler, minFreeBytes, DicomLimits.DEFAULT);
    }

    public InstanceStore(Path root, StoreHandler handler, long minFreeBytes, DicomLimits limits) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve(TMP);
        this.handler = handler;
        this.minFreeBytes = minFreeBytes;
        this.limits = limits;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        Files.createDirectories(tmp);
        removeTemporaryFiles();
    }

    public Path root() {
        return root;
    }

    /** Deletes what a crash left in {@code tmp/}: never acknowledged, so the sender will resend it. */
    private void removeTemporaryFiles() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        if (removed > 0) {
            log.info("removed {} temporary file(s) left in {} by an earlier run", removed, tmp);
        }
    }

    /**
     * Stores one instance whose dataset (encoded in {@code in.transferSyntaxUid()}) is read from
     * {@code dataset} to its end. Returns the status to answer.
     *
     * @throws DatasetStreamException when reading {@code dataset} fails; the temporary file is gone
     */
    public StoreResult store(IncomingInstance in, InputStream dataset) throws DatasetStreamException {
        if (!InstancePaths.isValidUid(in.affectedSopInstanceUid()) || !InstancePaths.isValidUid(in.affectedSopClassUid())) {
            drain(dataset);
            return refuse(in, DATASET_DOES_NOT_MATCH_SOP_CLASS, "Affected SOP Class/Instance UID is not a valid UID");
        }
        long usable = usableSpace();
        if (usable < minFreeBytes) {
            drain(dataset);
            return refuse(in, OUT_OF_RESOURCES, "free disk space " + usable + " bytes is below the configured minimum");
        }
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        boolean keep = false;
        try {
            StoreResult result = receiveAndCommit(in, dataset, temp);
            keep = result.success();
            return result;
        } finally {
            if (!keep) {
                deleteQuietly(temp);
            }
        }
    }

    private StoreResult receiveAndCommit(IncomingInstance in, InputStream dataset, Path temp) throws DatasetStreamException {
        // 1. Stream to the temporary file.
        long t0 = System.nanoTime();
        long datasetOffset;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            try {
                Part10Writer.writeFileMetaInformation(out, meta(in));
                out.flush();
                datasetOffset = channel.position();
            } catch (IOException e) {
                drain(dataset);
                return refuse(in, OUT_OF_RESOURCES, "cannot write temporary file: " + e.getMessage());
            }
            // transferTo: the association's data set stream hands each PDV fragment over from its receive
            // buffer; fragments at least as large as BUFFER go to the file channel without another copy,
            // smaller ones are gathered by the BufferedOutputStream.
            TemporaryFileOutput file = new TemporaryFileOutput(out);
            try {
                dataset.transferTo(file);
            } catch (IOException e) {
                if (file.failure == null) {
                    throw new DatasetStreamException(e);
                }
                drain(dataset);
                return refuse(in, OUT_OF_RESOURCES, "cannot write temporary file: " + file.failure.getMessage());
            }
            try {
                out.flush();
            } catch (IOException e) {
                return refuse(in, OUT_OF_RESOURCES, "cannot write temporary file: " + e.getMessage());
            }
            if (channel.position() == datasetOffset) {
                return refuse(in, CANNOT_UNDERSTAND, "empty dataset");
            }
            // 2. Parse it back: a valid dataset, and the UIDs that name its place.
            long t1 = System.nanoTime();
            Attributes attrs;
            try {
                attrs = readBack(temp, datasetOffset, in.transferSyntaxUid());
            } catch (DicomFormatException e) {
                return refuse(in, CANNOT_UNDERSTAND, "unparsable dataset: " + e.getMessage());
            } catch (IOException e) {
                return refuse(in, OUT_OF_RESOURCES, "cannot read back temporary file: " + e.getMessage());
            }
            String sopClass = attrs.getString(Tag.SOPClassUID);
            String sopInstance = attrs.getString(Tag.SOPInstanceUID);
            String study = attrs.getString(Tag.StudyInstanceUID);
            String series = attrs.getString(Tag.SeriesInstanceUID);
            if (!in.affectedSopClassUid().equals(sopClass)) {
                return refuse(in, DATASET_DOES_NOT_MATCH_SOP_CLASS,
                        "dataset SOP Class UID " + printable(sopClass) + " differs from Affected SOP Class UID");
            }
            if (!in.affectedSopInstanceUid().equals(sopInstance)) {
                return refuse(in, DATASET_DOES_NOT_MATCH_SOP_CLASS,
                        "dataset SOP Instance UID " + printable(sopInstance) + " differs from Affected SOP Instance UID");
            }
            if (!InstancePaths.isValidUid(study) || !InstancePaths.isValidUid(series)) {
                return refuse(in, DATASET_DOES_NOT_MATCH_SOP_CLASS, "Study/Series Instance UID missing or not a valid UID");
            }
            // 3. Durable before visible.
            long t2 = System.nanoTime();
            try {
                // fdatasync: the data and the size needed to read it back; the name becomes durable with the
                // directory fsync after the rename.
                channel.force(false);
            } catch (IOException e) {
                return refuse(in, OUT_OF_RESOURCES, "fsync failed: " + e.getMessage());
            }
            long t3 = System.nanoTime();
            StoreResult result = commit(in, temp, study, series, sopClass, sopInstance);
            if (log.isDebugEnabled()) {
                log.debug("{}: receive {} ms, parse {} ms, fsync {} ms, rename+record {} ms", sopInstance, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            }
            return result;
        } catch (DatasetStreamException e) {
            throw e;
        } catch (IOException e) {
            // open/close of the temporary file
            return refuse(in, OUT_OF_RESOURCES, "temporary file: " + e.getMessage());
        }
    }

    /** Remembers a failure of the temporary file, to tell it apart from one of the sender's stream in transferTo. */
    private static final class TemporaryFileOutput extends FilterOutputStream {
        IOException failure;

        TemporaryFileOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    private static FileMetaInformation meta(IncomingInstance in) {
        FileMetaInformation meta = FileMetaInformation.of(in.affectedSopClassUid(), in.affectedSopInstanceUid(), in.transferSyntaxUid());
        String aet = in.callingAeTitle() == null ? null : in.callingAeTitle().strip();
        return aet == null || aet.isEmpty() || aet.indexOf('\\') >= 0 || aet.length() > 16 ? meta : meta.withSourceApplicationEntityTitle(aet);
    }

    /** Parses the dataset part of the temporary file: structure, lengths and limits; pixel data skipped, not loaded. */
    private Attributes readBack(Path temp, long datasetOffset, String transferSyntaxUid) throws IOException {
        TransferSyntax ts = TransferSyntax.of(transferSyntaxUid).orElseThrow(() -> new DicomFormatException(
                DicomFormatException.Reason.UNSUPPORTED_TRANSFER_SYNTAX, "unknown transfer syntax " + transferSyntaxUid, Tag.NONE, -1));
        try (InputStream file = Files.newInputStream(temp)) {
            file.skipNBytes(datasetOffset);
            ReadOptions options = ReadOptions.DEFAULT.withLimits(limits).withPixelData(PixelDataPolicy.SKIP);
            return new DatasetReader(file, ts, options).read();
        }
    }

    private StoreResult commit(IncomingInstance in, Path temp, String study, String series, String sopClass, String sopInstance) {
        Path target = InstancePaths.instancePath(root, study, series, sopInstance);
        synchronized (locks[Math.floorMod(sopInstance.hashCode(), locks.length)]) {
            boolean placed = false;
            try {
                DurableFiles.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    // Idempotent: the first copy stays; the handler says whether a record already exists
                    // (it may not after a crash between rename and record).
                    Files.delete(temp);
                } else {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    placed = true;
                    DurableFiles.fsyncDirectory(target.getParent());
                }
                StoredInstance stored = new StoredInstance(study, series, sopInstance, sopClass, in.transferSyntaxUid(),
                        target, Files.size(target), in.callingAeTitle(), in.calledAeTitle(), Instant.now());
                StoreOutcome outcome = handler.record(stored);
                switch (outcome) {
                    case RECORDED -> log.info("stored {} from {} (study {}, series {}, {} bytes)", sopInstance,
                            in.callingAeTitle(), study, series, stored.sizeBytes());
                    case DUPLICATE -> log.info("duplicate {} from {}: already stored, not recorded again", sopInstance,
                            in.callingAeTitle());
                    case FULL -> {
                        if (placed) {
                            Files.deleteIfExists(target);
                        }
                        return refuse(in, OUT_OF_RESOURCES, "job queue full");
                    }
                }
                return new StoreResult(SUCCESS, null, stored);
            } catch (IOException | RuntimeException e) {
                if (placed) {
                    deleteQuietly(target);
                }
                return refuse(in, OUT_OF_RESOURCES, "cannot store: " + e);
            }
        }
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(tmp).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private StoreResult refuse(IncomingInstance in, int status, String reason) {
        log.warn("refused {} from {}: status {} ({})", printable(in.affectedSopInstanceUid()), in.callingAeTitle(),
                String.format("0x%04X", status), reason);
        return new StoreResult(status, reason, null);
    }

    /** Reads the rest of a dataset we will not keep, so the association stays usable for the next one. */
    private static void drain(InputStream dataset) throws DatasetStreamException {
        byte[] buffer = new byte[BUFFER];
        try {
            while (dataset.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            throw new DatasetStreamException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", p, e.getMessage());
        }
    }

    /** UIDs only reach logs after this: anything else is shown as its length. */
    static String printable(String uid) {
        if (uid == null) {
            return "(absent)";
        }
        return InstancePaths.isValidUid(uid) ? uid : "(invalid, " + uid.length() + " chars)";
    }
}
