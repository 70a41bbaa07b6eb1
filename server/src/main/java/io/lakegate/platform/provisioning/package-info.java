@org.springframework.modulith.NamedInterface("provisioning")
package io.lakegate.platform.provisioning;
