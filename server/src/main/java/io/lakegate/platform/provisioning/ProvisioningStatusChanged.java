package io.lakegate.platform.provisioning;

/** A provisioning record changed status; published synchronously, inside the transaction of the change. */
public record ProvisioningStatusChanged(String targetType, String targetUri, StackStatus status) {
}
