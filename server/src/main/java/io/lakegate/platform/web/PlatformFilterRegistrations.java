package io.lakegate.platform.web;

import io.lakegate.platform.ProblemWriter;
import io.lakegate.platform.audit.AuditFilter;
import io.lakegate.platform.audit.AuditRepository;
import io.lakegate.platform.maintenance.Maintenance;
import io.lakegate.platform.maintenance.MaintenanceFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit and maintenance filters run inside the security filter chain (after authentication), so
 * they must not also be registered with the servlet container.
 */
@Configuration(proxyBeanMethods = false)
class PlatformFilterRegistrations {

    @Bean
    AuditFilter auditFilter(AuditRepository audit) {
        return new AuditFilter(audit);
    }

    @Bean
    MaintenanceFilter maintenanceFilter(Maintenance maintenance, ProblemWriter problems) {
        return new MaintenanceFilter(maintenance, problems);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilterRegistration(AuditFilter filter) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MaintenanceFilter> maintenanceFilterRegistration(MaintenanceFilter filter) {
        FilterRegistrationBean<MaintenanceFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
