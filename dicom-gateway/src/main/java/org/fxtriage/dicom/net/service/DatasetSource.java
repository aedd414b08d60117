package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One instance for a C-STORE SCU: its identity and a stream of its data set, already in {@link #transferSyntaxUid()}. */
public interface DatasetSource {
    String sopClassUid();

    String sopInstanceUid();

    String transferSyntaxUid();

    /** A fresh stream of the data set bytes (no preamble, no meta header). Closed by the caller. */
    InputStream openDataset() throws IOException;

    /** A bare data set file (e.g. written by {@code dcmconv --write-dataset}). */
    static DatasetSource ofFile(String sopClassUid, String sopInstanceUid, String transferSyntaxUid, Path file) {
        return new DatasetSource() {
            @Override
            public String sopClassUid() {
                return sopClassUid;
            }

            @Override
            public String sopInstanceUid() {
                return sopInstanceUid;
            }

            @Override
            public String transferSyntaxUid() {
                return transferSyntaxUid;
            }

            @Override
            public InputStream openDataset() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }
}
