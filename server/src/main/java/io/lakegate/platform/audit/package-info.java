@org.springframework.modulith.NamedInterface("audit")
package io.lakegate.platform.audit;
