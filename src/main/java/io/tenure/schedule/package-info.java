/**
 * Work that runs at a time of day rather than on a message: the managers' daily digest
 * ({@link io.tenure.schedule.DigestSchedule}), posted once per day per platform across instances.
 */
package io.tenure.schedule;
