/**
 * Publications read for conflicts of interest: {@link io.grantflow.review.publications.PublicationFiles} reads BibTeX,
 * RIS, ORCID works (JSON, XML) and OpenAlex works; {@link io.grantflow.review.publications.OrcidClient} reads the ORCID
 * public API; {@link io.grantflow.review.publications.CoAuthorship} tells whether a reviewer and a person of an
 * application published together recently, certainly or doubtfully. No Spring is needed except for the client's setting.
 */
package io.grantflow.review.publications;
