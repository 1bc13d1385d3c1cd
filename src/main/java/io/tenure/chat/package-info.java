/**
 * Chat platforms and what they share: {@link io.tenure.chat.ChatAdapter} (started by
 * {@link io.tenure.chat.ServeCommand}), {@link io.tenure.chat.DigestChannel}, and the one
 * {@link io.tenure.chat.HttpServer} of a process.
 */
package io.tenure.chat;
