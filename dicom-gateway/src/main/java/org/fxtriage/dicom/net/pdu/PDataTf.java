package org.fxtriage.dicom.net.pdu;

import java.util.List;

/** P-DATA-TF PDU (type 0x04, PS3.8 §9.3.5): one or more presentation data values. */
public record PDataTf(List<PresentationDataValue> values) implements Pdu {
    public PDataTf {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a P-DATA-TF carries at least one PDV");
        }
    }

    public PDataTf(PresentationDataValue value) {
        this(List.of(value));
    }

    /** Length of the variable field (what the maximum length negotiation limits). */
    public long variableFieldLength() {
        long n = 0;
        for (PresentationDataValue v : values) {
            n += PresentationDataValue.HEADER_LENGTH + v.data().length;
        }
        return n;
    }

    @Override
    public int type() {
        return TYPE_P_DATA_TF;
    }
}
