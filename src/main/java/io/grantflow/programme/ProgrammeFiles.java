package io.grantflow.programme;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * The files of one programme folder as found at a location (the classpath, or a directory a funder controls with
 * the same bpmn/ and forms/ layout): its settings file, its BPMN processes and DMN tables, its Camunda Forms.
 */
record ProgrammeFiles(String location, String folder, Resource settings, List<Resource> processes,
                      List<Resource> decisions, List<Resource> forms) {

    String settingsPath() {
        return path("bpmn", settings);
    }

    /** The file's path as an analyst sees it in the folder layout: bpmn/irp/programme.yaml. */
    String path(String top, Resource file) {
        return top + "/" + folder + "/" + file.getFilename();
    }

    static byte[] read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.getDescription(), e);
        }
    }
}
