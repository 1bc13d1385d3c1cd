/** What may reach a log line: secrets are masked in every one ({@link io.tenure.logging.RedactingEncoder}). */
package io.tenure.logging;
