package io.grantflow.review.publications;

/** The sample publication files under src/test/resources/publications, for tests of other packages. */
public final class PublicationFilesTestSamples {

    private PublicationFilesTestSamples() {
    }

    public static byte[] bytes(String name) {
        return PublicationFilesTest.sample(name);
    }
}
