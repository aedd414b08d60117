package org.fxtriage.inference.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import org.fxtriage.inference.TestModel;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DeviceChoiceTest {

    @Test
    void cpuRequestedIsCpu() {
        DeviceChoice c = DeviceChoice.decide(ExecutionDevice.CPU, 0, id -> {
            throw new AssertionError("no probe for CPU");
        });
        assertEquals(ExecutionDevice.CPU, c.device());
        assertFalse(c.fellBack());
    }

    @Test
    void cudaAvailableIsCuda() {
        DeviceChoice c = DeviceChoice.decide(ExecutionDevice.CUDA, 1, id -> Optional.empty());
        assertEquals(ExecutionDevice.CUDA, c.device());
        assertEquals(1, c.cudaDeviceId());
    }

    @Test
    void cudaUnavailableFallsBackToCpuWithTheProbesReason() {
        DeviceChoice c = DeviceChoice.decide(ExecutionDevice.CUDA, 0, id -> Optional.of("no GPU " + id));
        assertEquals(ExecutionDevice.CPU, c.device());
        assertTrue(c.fellBack());
        assertTrue(c.reason().contains("no GPU 0"), c.reason());
    }

    @Test
    void realProbeOnThisCpuBuildExplainsWhy() {
        EngineBootstrap.start();
        Optional<String> why = DeviceChoice.ortProbe(ai.onnxruntime.OrtEnvironment.getEnvironment())
                .unavailableReason(0);
        // Only meaningful with the CPU-only jar (default build); with -Pgpu on a GPU machine CUDA is usable.
        if (!ai.onnxruntime.OrtEnvironment.getAvailableProviders().contains(ai.onnxruntime.OrtProvider.CUDA)) {
            assertTrue(why.isPresent());
            assertTrue(why.get().contains("no CUDA execution provider"), why.get());
        }
    }

    @Test
    void loaderFallsBackAndLogsTheReason() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(ModelLoader.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try (LoadedModel m = new ModelLoader(RuntimeOptions.defaults().withDevice(ExecutionDevice.CUDA),
                id -> Optional.of("no NVIDIA driver loaded (test)")).load(TestModel.packageDir())) {
            assertEquals(ExecutionDevice.CPU, m.device().device());
            assertTrue(m.device().fellBack());
            assertTrue(events.list.stream().anyMatch(e -> e.getLevel().toString().equals("WARN")
                    && e.getFormattedMessage().contains("CUDA requested but unavailable, using CPU: no NVIDIA driver")),
                    "a WARN with the reason is logged: " + events.list);
        } finally {
            log.detachAppender(events);
        }
    }
}
