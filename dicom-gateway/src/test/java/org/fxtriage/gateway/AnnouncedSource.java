package org.fxtriage.gateway;

import java.io.IOException;
import java.io.InputStream;

import org.fxtriage.dicom.net.service.DatasetSource;

/** The bytes of another source announced as another SOP class / instance in the C-STORE request (to provoke status errors). */
record AnnouncedSource(DatasetSource bytes, String sopClassUid, String sopInstanceUid) implements DatasetSource {

    static AnnouncedSource as(DatasetSource bytes, String sopClassUid, String sopInstanceUid) {
        return new AnnouncedSource(bytes, sopClassUid, sopInstanceUid);
    }

    @Override
    public String transferSyntaxUid() {
        return bytes.transferSyntaxUid();
    }

    @Override
    public InputStream openDataset() throws IOException {
        return bytes.openDataset();
    }
}
