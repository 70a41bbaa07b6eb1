@org.springframework.modulith.NamedInterface("tasks")
package io.lakegate.platform.tasks;
