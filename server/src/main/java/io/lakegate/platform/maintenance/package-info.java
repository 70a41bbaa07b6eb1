@org.springframework.modulith.NamedInterface("maintenance")
package io.lakegate.platform.maintenance;
