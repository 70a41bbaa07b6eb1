package io.lakegate.worksheet.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.Tags;
import io.lakegate.worksheet.internal.ReadableTables.ReadableTable;
import io.lakegate.worksheet.internal.WorksheetApi.ColumnNode;
import io.lakegate.worksheet.internal.WorksheetApi.CreateWorksheet;
import io.lakegate.worksheet.internal.WorksheetApi.EnvironmentNode;
import io.lakegate.worksheet.internal.WorksheetApi.SchemaNode;
import io.lakegate.worksheet.internal.WorksheetApi.SchemaTree;
import io.lakegate.worksheet.internal.WorksheetApi.TableNode;
import io.lakegate.worksheet.internal.WorksheetApi.UpdateWorksheet;
import io.lakegate.worksheet.internal.WorksheetApi.WorksheetView;
import org.springframework.stereotype.Service;

/**
 * Worksheets (guide 5.1.1): created for a team with MANAGE_WORKSHEETS in an environment where it may run worksheets;
 * the team's members read, edit and delete them, and share their SQL.
 */
@Service
class WorksheetService {

    private final WorksheetRepository worksheets;
    private final Environments environments;
    private final Authorizer authorizer;
    private final ReadableTables readable;

    WorksheetService(WorksheetRepository worksheets, Environments environments, Authorizer authorizer,
            ReadableTables readable) {
        this.worksheets = worksheets;
        this.environments = environments;
        this.authorizer = authorizer;
        this.readable = readable;
    }

    WorksheetView create(Principal principal, CreateWorksheet request) {
        environments.requireTeamPermission(principal, request.environmentUri(), request.ownerTeam(),
                EnvironmentPermission.RUN_WORKSHEETS, TenantPermission.MANAGE_WORKSHEETS);
        Worksheet worksheet = new Worksheet(ShortUris.next(), request.name().strip(), request.description(),
                request.ownerTeam(), request.environmentUri(), Tags.normalize(request.tags() == null ? List.of() : request.tags()),
                request.sql() == null ? "" : request.sql(), principal.name(), null, null);
        if (!worksheets.insert(worksheet)) {
            throw nameTaken(worksheet.ownerTeam(), worksheet.name());
        }
        return WorksheetView.of(require(worksheet.uri()));
    }

    Page<WorksheetView> list(Principal principal, String term, PageRequest page) {
        return worksheets.listFor(principal.teams(), term == null || term.isBlank() ? null : term.strip(), page)
                .map(WorksheetView::of);
    }

    WorksheetView get(Principal principal, String uri) {
        return WorksheetView.of(requireMember(principal, uri, "GET_WORKSHEET"));
    }

    WorksheetView update(Principal principal, String uri, UpdateWorksheet request) {
        Worksheet worksheet = requireMember(principal, uri, "UPDATE_WORKSHEET");
        Worksheet updated = new Worksheet(uri, request.name() == null ? worksheet.name() : request.name().strip(),
                request.description() == null ? worksheet.description() : request.description(), worksheet.ownerTeam(),
                worksheet.environmentUri(), request.tags() == null ? worksheet.tags() : Tags.normalize(request.tags()),
                request.sql() == null ? worksheet.sql() : request.sql(), worksheet.createdBy(), worksheet.createdAt(),
                worksheet.updatedAt());
        if (updated.name().isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        if (!worksheets.update(updated)) {
            throw nameTaken(updated.ownerTeam(), updated.name());
        }
        return WorksheetView.of(require(uri));
    }

    void delete(Principal principal, String uri) {
        requireMember(principal, uri, "DELETE_WORKSHEET");
        worksheets.delete(uri);
    }

    /** What the worksheet's team may query, by environment, schema and table, with the columns it sees. */
    SchemaTree schema(Principal principal, String uri) {
        Worksheet worksheet = requireMember(principal, uri, "GET_WORKSHEET_SCHEMA");
        Map<String, Map<String, List<ReadableTable>>> byEnvironment = new LinkedHashMap<>();
        for (ReadableTable table : readable.of(worksheet.ownerTeam())) {
            byEnvironment.computeIfAbsent(table.table().environmentUri(), environment -> new LinkedHashMap<>())
                    .computeIfAbsent(table.table().schema(), schema -> new ArrayList<>()).add(table);
        }
        List<EnvironmentNode> nodes = new ArrayList<>();
        byEnvironment.forEach((environmentUri, schemas) -> nodes.add(new EnvironmentNode(environmentUri,
                environments.find(environmentUri).map(EnvironmentSummary::name).orElse(null),
                schemas.entrySet().stream().map(schema -> schemaNode(schema.getKey(), schema.getValue())).toList())));
        return new SchemaTree(worksheet.ownerTeam(), nodes);
    }

    /** The worksheet, which the caller must be a member of the owner team of. */
    Worksheet requireMember(Principal principal, String uri, String action) {
        Worksheet worksheet = require(uri);
        authorizer.requireMember(principal, worksheet.ownerTeam(), action, worksheet.resource());
        return worksheet;
    }

    private static SchemaNode schemaNode(String schema, List<ReadableTable> tables) {
        ReadableTable first = tables.getFirst();
        return new SchemaNode(schema, first.table().datasetUri(), first.table().datasetName(), !first.owned(),
                tables.stream().map(table -> new TableNode(table.table().uri(), table.table().name(),
                        table.table().schema() + "." + table.table().name(), table.table().description(),
                        table.filter() == null ? null : table.filter().name(),
                        table.columns().stream().map(column -> new ColumnNode(column.name(), column.type(),
                                column.description(), column.partition())).toList())).toList());
    }

    private Worksheet require(String uri) {
        return worksheets.find(uri).orElseThrow(() -> ApiProblem.notFound("Worksheet", uri));
    }

    private static ApiProblem nameTaken(String team, String name) {
        return ApiProblem.conflict("Team %s has a worksheet named '%s' already".formatted(team, name));
    }
}
