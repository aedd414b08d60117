package org.fxtriage.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import org.fxtriage.dicom.data.VR;

/**
 * Receives pixel data while a dataset is streamed ({@link PixelDataPolicy#CONSUME}), e.g. to write it
 * to disk from the network. Each stream covers exactly one value; whatever the consumer leaves unread
 * is skipped afterwards. Values are as encoded (byte order of the transfer syntax).
 */
public interface PixelDataConsumer {
    /** A native (not encapsulated) pixel data value of {@code length} bytes. */
    void nativeValue(int tag, VR vr, long length, InputStream value) throws IOException;

    /**
     * One item of encapsulated pixel data: {@code index} 0 is the Basic Offset Table, 1.. the fragments
     * (PS3.5 §A.4).
     */
    void fragment(int tag, int index, long length, InputStream value) throws IOException;
}
