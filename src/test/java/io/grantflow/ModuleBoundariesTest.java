package io.grantflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature (Spring Modulith's application module): features depend on one another
 * without a cycle, and only through the types of a feature's own package, never those of its sub-packages
 * (review.assignment is the review feature's own).
 */
class ModuleBoundariesTest {

    @Test
    void featuresDependOnEachOtherWithoutCyclesAndOnlyThroughTheirOwnPackage() {
        ApplicationModules.of(GrantflowApplication.class).verify();
    }
}
