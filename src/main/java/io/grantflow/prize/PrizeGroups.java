package io.grantflow.prize;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The classes of people who may nominate, as groups of Camunda's identity service; created on every start. */
@Component
public class PrizeGroups {

    public static final String UNIT_DIRECTORS = "unitDirectors";
    public static final String LAUREATES = "prizeLaureates";
    public static final String SCIENTIFIC_COUNCIL = "scientificCouncil";
    public static final List<String> NOMINATOR_CLASSES = List.of(UNIT_DIRECTORS, LAUREATES, SCIENTIFIC_COUNCIL);

    private final IdentityService identity;

    PrizeGroups(IdentityService identity) {
        this.identity = identity;
    }

    /** A group a manager may let nominate: its id and its name as the identity service keeps it. */
    public record NominatorGroup(String id, String name) {
    }

    /** Every group of the identity service, the nominator classes first, then by name. */
    public List<NominatorGroup> choices() {
        return identity.createGroupQuery().list().stream()
                .map(g -> new NominatorGroup(g.getId(), g.getName() == null || g.getName().isBlank() ? g.getId() : g.getName()))
                .sorted(Comparator.comparing((NominatorGroup g) -> !NOMINATOR_CLASSES.contains(g.id()))
                        .thenComparing(NominatorGroup::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void setUp() {
        group(UNIT_DIRECTORS, "Unit directors (prize nominators)");
        group(LAUREATES, "Previous prize laureates (prize nominators)");
        group(SCIENTIFIC_COUNCIL, "Scientific council (prize nominators)");
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
