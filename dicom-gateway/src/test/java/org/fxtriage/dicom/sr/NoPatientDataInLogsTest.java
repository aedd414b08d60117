package org.fxtriage.dicom.sr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.sc.AlgorithmIdentification;
import org.fxtriage.dicom.sc.AnnotatedSecondaryCapture;
import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.ImageCategory;
import org.fxtriage.dicom.sc.ImageFindings;
import org.fxtriage.dicom.sc.SecondaryCaptureOptions;
import org.fxtriage.dicom.sc.SourceImage;
import org.fxtriage.dicom.sc.TestSources;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Building results logs UIDs only: never the patient's name, ID or birth date, even at DEBUG. */
class NoPatientDataInLogsTest {

    @Test
    void debugLogsOfBothWritersHoldNoPatientData() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger sc = (Logger) LoggerFactory.getLogger(AnnotatedSecondaryCapture.class);
        Logger sr = (Logger) LoggerFactory.getLogger(TriageReport.class);
        Level scLevel = sc.getLevel();
        Level srLevel = sr.getLevel();
        sc.setLevel(Level.DEBUG);
        sr.setLevel(Level.DEBUG);
        sc.addAppender(appender);
        sr.addAppender(appender);
        try {
            Attributes src = new Attributes();
            src.setString(Tag.SOPClassUID, VR.UI, UID.ComputedRadiographyImageStorage);
            src.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4.5.6.7");
            src.setString(Tag.StudyInstanceUID, VR.UI, "1.2.3.4.5");
            src.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.3.4.5.6");
            src.setString(Tag.PatientName, VR.PN, "Secretname^Person");
            src.setString(Tag.PatientID, VR.LO, "PID-778899");
            src.setString(Tag.PatientBirthDate, VR.DA, "19311231");
            src.setInt(Tag.Rows, VR.US, 300);
            src.setInt(Tag.Columns, VR.US, 400);
            ImageFindings f = new ImageFindings(ImageCategory.POSITIVE, 0.9,
                    List.of(new FindingBox(10, 10, 50, 50, FindingBox.Kind.POSITIVE)));
            AlgorithmIdentification model = new AlgorithmIdentification("fxnet", "1");
            SourceImage source = new SourceImage(src, null);
            AnnotatedSecondaryCapture.create(source, TestSources.gradient(400, 300), f, model, SecondaryCaptureOptions.defaults());
            Attributes v1 = TriageReport.create(src, List.of(ReportedImage.of(source, f)), 0, model, ReportOptions.defaults());
            TriageReport.supersede(ReportVersion.of(v1), src, List.of(ReportedImage.of(source, f)), 0, model, ReportOptions.defaults());
        } finally {
            sc.detachAppender(appender);
            sr.detachAppender(appender);
            sc.setLevel(scLevel);
            sr.setLevel(srLevel);
        }
        assertTrue(appender.list.size() >= 3, "the writers log what they made: " + appender.list.size());
        for (ILoggingEvent e : appender.list) {
            String m = e.getFormattedMessage();
            assertFalse(m.contains("Secretname") || m.contains("PID-778899") || m.contains("19311231"), m);
        }
    }
}
