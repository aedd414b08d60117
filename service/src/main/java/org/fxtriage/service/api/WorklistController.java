package org.fxtriage.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fxtriage.service.worklist.StudyDetail;
import org.fxtriage.service.worklist.StudyStatus;
import org.fxtriage.service.worklist.StudySummary;
import org.fxtriage.service.worklist.TriageCategory;
import org.fxtriage.service.worklist.WorklistAction;
import org.fxtriage.service.worklist.WorklistFilter;
import org.fxtriage.service.worklist.WorklistPage;
import org.fxtriage.service.worklist.WorklistService;
import org.fxtriage.service.security.Roles;

/** The worklist: list with filter and paging, study detail, actions. */
@Controller("/api/v1")
@Secured({Roles.CLINICIAN, Roles.RADIOLOGIST, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class WorklistController {
    private final WorklistService worklist;

    public WorklistController(WorklistService worklist) {
        this.worklist = worklist;
    }

    /**
     * {@code GET /api/v1/worklist?category=positive,doubt&status=new&page=0&size=50}: studies in worklist
     * order. Repeat or comma-separate filter values; no filter = everything.
     */
    @Get("/worklist")
    public WorklistPage list(@QueryValue @Nullable List<String> category, @QueryValue @Nullable List<String> status,
                             @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return worklist.list(new WorklistFilter(parse(category, TriageCategory.class), parse(status, StudyStatus.class)),
                page, size);
    }

    @Get("/studies/{studyUid}")
    public StudyDetail study(@PathVariable String studyUid) {
        return worklist.study(studyUid);
    }

    /** {@code POST /api/v1/studies/{uid}/claim|acknowledge|read}, audited under the authenticated user's name. */
    @Post("/studies/{studyUid}/{action}")
    public StudySummary act(@PathVariable String studyUid, @PathVariable String action, Authentication user) {
        return worklist.act(studyUid, WorklistAction.parse(action), user.getName());
    }

    static <E extends Enum<E>> Set<E> parse(List<String> values, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (values == null) {
            return out;
        }
        for (String v : values) {
            for (String item : v.split(",")) {
                String name = item.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    out.add(Enum.valueOf(type, name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + item.strip()
                            + "' (one of " + EnumSet.allOf(type) + ")");
                }
            }
        }
        return out;
    }
}
