package org.fxtriage.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.dicom.net.service.DatasetSource;

/** A Part 10 file as a {@link DatasetSource}: its dataset bytes verbatim, in the file's own transfer syntax. */
record Part10Source(String sopClassUid, String sopInstanceUid, String transferSyntaxUid, Path file, long datasetOffset)
        implements DatasetSource {

    static Part10Source of(Path file) throws IOException {
        Part10File f = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
        return new Part10Source(f.sopClassUid(), f.sopInstanceUid(), f.transferSyntaxUid(), file, f.datasetOffset());
    }

    /** The same bytes announced as another SOP class / instance (to provoke status errors). */
    Part10Source announcedAs(String sopClass, String sopInstance) {
        return new Part10Source(sopClass, sopInstance, transferSyntaxUid, file, datasetOffset);
    }

    @Override
    public InputStream openDataset() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(datasetOffset);
        return in;
    }
}
