package io.grantflow.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;

/** An application's timeline, read from the process history: the diagram's own named steps. */
@Service
public class TimelineService {

    private static final Set<String> SHOWN = Set.of("startEvent", "serviceTask", "sendTask", "userTask", "receiveTask",
            "intermediateTimer", "intermediateMessageCatch", "callActivity", "noneEndEvent", "messageEndEvent",
            "intermediateNoneThrowEvent");

    private final HistoryService history;

    TimelineService(HistoryService history) {
        this.history = history;
    }

    public List<TimelineStep> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(a -> a.getActivityName() != null && SHOWN.contains(a.getActivityType()))
                .map(TimelineService::step)
                .toList();
    }

    private static TimelineStep step(HistoricActivityInstance a) {
        Instant ended = a.getEndTime() == null ? null : a.getEndTime().toInstant();
        return new TimelineStep(a.getActivityId(), a.getActivityName(), a.getStartTime().toInstant(), ended);
    }
}
