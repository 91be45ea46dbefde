package io.grantflow.programme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The programmes this funder runs, read from their files at start: those on the classpath (bpmn/&lt;folder&gt;/ and
 * forms/&lt;folder&gt;/) and those in the directory {@code grantflow.programmes.location}, which has the same layout.
 * The shared processes and forms (at the top of bpmn/ and forms/) are deployed first; then each programme is
 * checked and deployed on its own, so a broken one is refused, logged with its file and fault, and the others run.
 * Each programme is one deployment named after its folder: unchanged files add no version, a changed file makes
 * the whole programme a new version beside the old one (its processes bind their forms by deployment).
 */
@Service
public class Programmes {

    private static final Logger log = LoggerFactory.getLogger(Programmes.class);
    static final String SHARED_DEPLOYMENT = "grantflow-shared";

    private final RepositoryService repository;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final ProgrammeReader reader = new ProgrammeReader();
    private final Map<String, ProgrammeDefinition> byId = new TreeMap<>();
    private final List<RefusedProgramme> refused = new ArrayList<>();

    Programmes(RepositoryService repository, @Value("${grantflow.programmes.location:}") String location) {
        this.repository = repository;
        List<Resource> sharedForms = resources("classpath*:forms/*.form");
        ProgrammeReader.Shared shared = deployShared(resources("classpath*:bpmn/*.bpmn"), sharedForms);
        Set<String> folders = new HashSet<>();
        load("classpath*:", "classpath", shared, sharedForms, folders);
        if (!location.isBlank()) {
            load("file:" + (location.endsWith("/") ? location : location + "/"), location, shared, sharedForms, folders);
        }
        log.info("Programmes running: {}{}", byId.keySet(), refused.isEmpty() ? "" : "; refused: " + refused);
    }

    public List<ProgrammeDefinition> all() {
        return List.copyOf(byId.values());
    }

    public Optional<ProgrammeDefinition> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public ProgrammeDefinition get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No programme " + id));
    }

    /** The programme's name in the reader's language; the id itself for a programme not running. */
    public String nameOf(String id, Locale language) {
        return find(id).map(p -> p.name().in(language)).orElse(id);
    }

    /** The ids of the running programmes, for messages that list them. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** The programme folders refused at start, each with its file and fault. */
    public List<RefusedProgramme> refused() {
        return List.copyOf(refused);
    }

    private ProgrammeReader.Shared deployShared(List<Resource> processes, List<Resource> forms) {
        DeploymentBuilder deployment = repository.createDeployment().name(SHARED_DEPLOYMENT).enableDuplicateFiltering(false);
        Set<String> keys = new HashSet<>();
        Set<String> formIds = new HashSet<>();
        for (Resource process : processes) {
            keys.addAll(ProgrammeReader.processKeys("bpmn/" + process.getFilename(), process));
            add(deployment, "bpmn/" + process.getFilename(), process);
        }
        for (Resource form : forms) {
            formIds.add(reader.formId("forms/" + form.getFilename(), form));
            add(deployment, "forms/" + form.getFilename(), form);
        }
        deployment.deploy();
        return new ProgrammeReader.Shared(keys, formIds);
    }

    /** Loads the programme folders at a location; a folder already read from an earlier location keeps that copy. */
    private void load(String base, String location, ProgrammeReader.Shared shared, List<Resource> sharedForms,
                      Set<String> folders) {
        Map<String, Resource> settingsFiles = new TreeMap<>();
        try {
            Arrays.stream(resolver.getResources(base + "bpmn/*/programme.yaml")).forEach(r -> settingsFiles.putIfAbsent(folderOf(r), r));
        } catch (IOException e) {
            log.error("Programmes at {} cannot be listed: {}", location, e.getMessage());
        }
        for (Map.Entry<String, Resource> entry : settingsFiles.entrySet()) {
            String folder = entry.getKey();
            Resource settings = entry.getValue();
            if (!folders.add(folder)) {
                log.debug("bpmn/{}/ at {} is already read from the classpath; that copy runs", folder, location);
                continue;
            }
            ProgrammeFiles files = new ProgrammeFiles(location, folder, settings,
                    resources(base + "bpmn/" + folder + "/*.bpmn"), resources(base + "bpmn/" + folder + "/*.dmn"),
                    resources(base + "forms/" + folder + "/*.form"));
            try {
                ProgrammeDefinition programme = reader.read(files, shared);
                if (byId.containsKey(programme.id())) {
                    throw new ProgrammeFault(files.settingsPath(), "id " + programme.id() + " is already the id of the programme in "
                            + byId.get(programme.id()).folder() + "/");
                }
                deploy(programme, files, sharedForms);
                byId.put(programme.id(), programme);
            } catch (ProgrammeFault fault) {
                log.error("Programme {} (from {}) is refused: {}", folder, location, fault.getMessage());
                refused.add(new RefusedProgramme(folder, location, fault.file(), fault.getMessage()));
            }
        }
    }

    private void deploy(ProgrammeDefinition programme, ProgrammeFiles files, List<Resource> sharedForms) {
        DeploymentBuilder deployment = repository.createDeployment().name("grantflow-" + files.folder())
                .source(files.location()).enableDuplicateFiltering(false);
        add(deployment, files.settingsPath(), files.settings());
        files.processes().forEach(f -> add(deployment, files.path("bpmn", f), f));
        files.decisions().forEach(f -> add(deployment, files.path("bpmn", f), f));
        files.forms().forEach(f -> add(deployment, files.path("forms", f), f));
        // The shared forms too, so that a programme's own process may bind one of them by deployment.
        sharedForms.forEach(f -> add(deployment, "forms/" + f.getFilename(), f));
        try {
            deployment.deploy();
        } catch (RuntimeException e) {
            throw new ProgrammeFault(files.settingsPath().replace("programme.yaml", ""),
                    "the engine refused the deployment: " + ProgrammeReader.rootMessage(e));
        }
    }

    private static void add(DeploymentBuilder deployment, String name, Resource file) {
        deployment.addInputStream(name, new ByteArrayInputStream(ProgrammeFiles.read(file)));
    }

    private List<Resource> resources(String pattern) {
        try {
            // Several classpath roots may hold the same file (tests, packaged jar): keep one per name.
            Map<String, Resource> byName = new TreeMap<>();
            Arrays.stream(resolver.getResources(pattern)).forEach(r -> byName.putIfAbsent(r.getFilename(), r));
            return List.copyOf(byName.values());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String folderOf(Resource settings) {
        try {
            String[] parts = settings.getURL().toString().split("/");
            return parts[parts.length - 2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
