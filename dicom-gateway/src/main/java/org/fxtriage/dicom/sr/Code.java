package org.fxtriage.dicom.sr;

import java.util.Objects;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.VR;

/** A coded concept (PS3.3 §8.8 Code Sequence Macro): value, scheme designator, meaning. */
public record Code(String value, String scheme, String meaning) {

    public Code {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(meaning, "meaning");
        if (value.isEmpty() || value.length() > 16 || scheme.isEmpty() || scheme.length() > 16
                || meaning.isEmpty() || meaning.length() > 64) {
            throw new IllegalArgumentException("code value/scheme ≤ 16 and meaning ≤ 64 characters: " + value);
        }
    }

    /** Writes Code Value, Coding Scheme Designator and Code Meaning into a sequence item. */
    void writeTo(Attributes item) {
        item.setString(Tag.CodeValue, VR.SH, value);
        item.setString(Tag.CodingSchemeDesignator, VR.SH, scheme);
        item.setString(Tag.CodeMeaning, VR.LO, meaning);
    }

    /** Reads the first item of a code sequence, or null. */
    static Code from(Attributes item) {
        if (item == null || item.getString(Tag.CodeValue) == null) {
            return null;
        }
        return new Code(item.getString(Tag.CodeValue), item.getString(Tag.CodingSchemeDesignator),
                item.getString(Tag.CodeMeaning));
    }

    @Override
    public String toString() {
        return "(" + value + ", " + scheme + ", \"" + meaning + "\")";
    }
}
