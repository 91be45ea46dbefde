/**
 * A person's way back into his or her account: a forgotten password answered with a one-time link by email, through
 * the same outbox as every other message, so that a silent mail server loses nothing.
 */
package io.grantflow.account;
