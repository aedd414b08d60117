package org.fxtriage.gateway;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that survive a crash once a method returns: data fsync'd before an atomic rename, and every new
 * directory entry fsync'd in its parent (a rename or a new directory is only durable once its directory is).
 * Used by the instance store and the results outbox.
 */
public final class DurableFiles {
    private DurableFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Creates {@code dir} and any missing parents, each new entry fsync'd in its parent. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
        fsyncDirectory(dir.getParent());
    }

    public static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /**
     * Writes {@code file} whole or not at all: content into {@code <file>.part}, fsync, atomic rename, directory
     * fsync. The temporary file is removed when anything fails.
     */
    public static void write(Path file, Content content) throws IOException {
        createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            content.writeTo(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        fsyncDirectory(file.getParent());
    }
}
