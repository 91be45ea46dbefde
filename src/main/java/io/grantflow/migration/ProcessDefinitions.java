package io.grantflow.migration;

import java.util.List;

import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The deployed versions of a process, found by its key and version number as managers name them. */
@Component
class ProcessDefinitions {

    private final RepositoryService repository;

    ProcessDefinitions(RepositoryService repository) {
        this.repository = repository;
    }

    List<ProcessDefinition> latestOfEachProcess() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list();
    }

    List<ProcessDefinition> versionsOf(String key) {
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list();
        if (versions.isEmpty()) {
            throw new NotFoundException("No process is deployed with the key " + key);
        }
        return versions;
    }

    /** The source and the target of a move; the same version twice, or a version not deployed, is refused naming its field. */
    Pair pair(String key, int from, int to) {
        List<ProcessDefinition> versions = versionsOf(key);
        ProcessDefinition source = version(versions, key, "from", from);
        ProcessDefinition target = version(versions, key, "to", to);
        if (from == to) {
            throw new InvalidInputException("to", "is the version the applications already run on: choose another one");
        }
        return new Pair(key, source, target);
    }

    private static ProcessDefinition version(List<ProcessDefinition> versions, String key, String field, int version) {
        return versions.stream().filter(d -> d.getVersion() == version).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "version " + version + " of " + key + " is not deployed (deployed: "
                        + String.join(", ", versions.stream().map(d -> String.valueOf(d.getVersion())).toList()) + ")"));
    }

    record Pair(String key, ProcessDefinition source, ProcessDefinition target) {

        String sourceLabel() {
            return key + " v" + source.getVersion();
        }

        String targetLabel() {
            return key + " v" + target.getVersion();
        }
    }
}
