package ru.mentoring.registry.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.upload.UploadTooLargeException;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.pair.MentoringPair;
import ru.mentoring.registry.pair.PairAccess;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Upload, list, download and deletion of documents, and the coordinator's table of what is missing. A school's
 * documents are read by its administrator and the municipality's coordinator, uploaded and deleted by them too; an
 * additional agreement belongs to the mentor's school (the employer), whoever else is in the pair. Another school's
 * document is "not found".
 */
@Service
class DocumentService {

    private final StoredDocumentRepository documents;
    private final DocumentStore store;
    private final SchoolService schools;
    private final PairAccess pairs;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final long maxBytes;

    DocumentService(StoredDocumentRepository documents, DocumentStore store, SchoolService schools, PairAccess pairs,
            AuditLog audit, JdbcClient jdbc, @Value("${registry.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.store = store;
        this.schools = schools;
        this.pairs = pairs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.maxBytes = maxSize.toBytes();
    }

    /** The bytes of a download as a stream the caller closes, with the name it was uploaded under. */
    record Download(String fileName, String mediaType, long sizeBytes, InputStream content) {
    }

    @Transactional(readOnly = true)
    List<DocumentView> ofSchool(CallerIdentity caller, String schoolCode) {
        School school = schools.readable(caller, schoolCode);
        return documents.findBySchoolCodeOrderByUploadedAtDesc(school.getCode()).stream()
                .map(d -> DocumentView.of(d, school.getShortName())).toList();
    }

    @Transactional(readOnly = true)
    List<DocumentView> ofPair(CallerIdentity caller, UUID pairId) {
        MentoringPair pair = pairs.readable(caller, pairId);
        // the tenant filter leaves a school administrator the agreements of their own school's mentor only
        Map<String, String> names = new HashMap<>();
        return documents.findByPairIdOrderByUploadedAtDesc(pair.getId()).stream()
                .map(d -> DocumentView.of(d, names.computeIfAbsent(d.getSchoolCode(), c -> schools.readable(caller, c).getShortName())))
                .toList();
    }

    @Transactional
    DocumentView uploadForSchool(CallerIdentity caller, String schoolCode, DocumentKind kind, MultipartFile file) {
        School school = schools.writable(caller, schoolCode);
        if (kind == null) {
            throw new DomainRuleException(400, "Укажите вид документа",
                    List.of(new DomainRuleException.Violation("kind", "Укажите вид документа")));
        }
        if (!kind.ofSchool()) {
            throw new DomainRuleException(400, "Дополнительное соглашение загружается в карточке пары",
                    List.of(new DomainRuleException.Violation("kind", "Дополнительное соглашение загружается в карточке пары")));
        }
        return store(caller, school, kind, null, null, file);
    }

    @Transactional
    DocumentView uploadForPair(CallerIdentity caller, UUID pairId, Boolean extraPay, MultipartFile file) {
        MentoringPair pair = pairs.readable(caller, pairId);
        String mentorSchool = pair.mentorSchoolCode();
        if (!CallerScope.forWriting(caller).includes(mentorSchool, pair.getMunicipalityCode())) {
            String reason = "Дополнительное соглашение к трудовому договору наставника загружает школа наставника или координатор";
            throw new DomainRuleException(403, reason, List.of(new DomainRuleException.Violation("pair", reason)));
        }
        if (extraPay == null) {
            throw new DomainRuleException(400, "Укажите, предусматривает ли соглашение доплату наставнику",
                    List.of(new DomainRuleException.Violation("extraPay", "Укажите, предусматривает ли соглашение доплату наставнику")));
        }
        return store(caller, schools.writable(caller, mentorSchool), DocumentKind.MENTOR_AGREEMENT, pair.getId(), extraPay, file);
    }

    private DocumentView store(CallerIdentity caller, School school, DocumentKind kind, UUID pairId, Boolean extraPay, MultipartFile file) {
        byte[] content = content(file);
        DocumentFormat format = DocumentFormat.of(content).orElseThrow(() -> UploadException.unreadable(
                "Файл не является документом PDF, DOCX, XLSX или изображением PNG, JPEG (проверено по содержимому, а не по имени)"));
        StoredDocument document = documents.saveAndFlush(new StoredDocument(school.getCode(), kind, pairId, extraPay,
                fileName(file.getOriginalFilename(), format), format.mediaType(), content.length,
                caller.username()));
        store.put(document.getId(), school.getCode(), content);
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "DOCUMENT", document.getId(),
                "DOCUMENT_UPLOADED", Changes.of()
                        .created("kind", kind)
                        .created("pairId", pairId)
                        .created("extraPay", extraPay)
                        .created("fileName", document.getFileName())
                        .created("contentType", document.getContentType())
                        .created("sizeBytes", document.getSizeBytes())));
        return DocumentView.of(document, school.getShortName());
    }

    private byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw UploadException.unreadable("Файл пустой или не выбран");
        }
        // the container refuses a larger body already (spring.servlet.multipart); this holds wherever the file came from
        if (file.getSize() > maxBytes) {
            throw UploadTooLargeException.bytes(maxBytes);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name without a path, control characters or quotes, bounded, with the extension of what it really is. */
    static String fileName(String original, DocumentFormat format) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "документ";
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return format.nameWithExtension(name);
    }

    @Transactional(readOnly = true)
    Download download(CallerIdentity caller, UUID id) {
        StoredDocument document = readable(caller, id);
        InputStream content = store.open(document.getId()).orElseThrow(() -> new NotFoundException("document", id));
        return new Download(document.getFileName(), document.getContentType(), document.getSizeBytes(), content);
    }

    @Transactional
    void delete(CallerIdentity caller, UUID id) {
        StoredDocument document = readable(caller, id);
        School school = schools.writable(caller, document.getSchoolCode());
        store.delete(document.getId());
        documents.delete(document);
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "DOCUMENT", document.getId(),
                "DOCUMENT_DELETED", Changes.of()
                        .field("kind", document.getKind(), null)
                        .field("pairId", document.getPairId(), null)
                        .field("fileName", document.getFileName(), null)));
    }

    /**
     * A document the caller may read: the tenant filter hides other schools' from a school administrator; a
     * coordinator reaches their municipality's schools only. Anything else is "not found", the same answer.
     */
    private StoredDocument readable(CallerIdentity caller, UUID id) {
        StoredDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
        try {
            schools.readable(caller, document.getSchoolCode());
        } catch (NotFoundException e) {
            throw new NotFoundException("document", id);
        }
        return document;
    }

    /** The coordinator's table: the municipality's schools by short name, what each lacks. */
    @Transactional(readOnly = true)
    MissingDocumentsView missing(CallerIdentity caller) {
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.Municipality municipality)) {
            throw new AccessDeniedException("the table of missing documents is the coordinator's");
        }
        List<School> ofMunicipality = schools.visibleTo(caller).stream()
                .sorted(Comparator.comparing(School::getShortName).thenComparing(School::getCode)).toList();
        List<DocumentKind> required = Arrays.stream(DocumentKind.values()).filter(DocumentKind::required).toList();
        Map<String, Map<DocumentKind, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select d.school_code, d.kind, count(*) as n from school_document d join school s on s.code = d.school_code
                        where s.municipality_code = :m and d.pair_id is null group by d.school_code, d.kind""")
                .param("m", municipality.municipality())
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString("school_code"), c -> new EnumMap<>(DocumentKind.class))
                            .put(DocumentKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                    return null;
                }).list();
        // the pairs' tables, read here in one pass: an agreement is the mentor's, so a pair counts in its mentor's school
        Map<String, long[]> pairCounts = new HashMap<>();
        jdbc.sql("""
                        select m.school_code, count(distinct p.id) as active,
                               count(distinct p.id) filter (where not exists
                                   (select 1 from school_document d where d.pair_id = p.id and d.school_code = m.school_code)) as without
                        from mentoring_pair p join pair_member m on m.pair_id = p.id and m.role = 'MENTOR'
                        where p.municipality_code = :m and p.status in (%s)
                        group by m.school_code""".formatted(PairStatus.ACTIVE_SQL_LIST))
                .param("m", municipality.municipality())
                .query((rs, n) -> pairCounts.put(rs.getString("school_code"), new long[] {rs.getLong("active"), rs.getLong("without")}))
                .list();
        List<MissingDocumentsView.SchoolRow> rows = new ArrayList<>();
        int lacking = 0;
        for (School school : ofMunicipality) {
            Map<DocumentKind, Long> has = counts.getOrDefault(school.getCode(), Map.of());
            Map<DocumentKind, Long> documentsOfKind = new EnumMap<>(DocumentKind.class);
            List<DocumentKind> missing = new ArrayList<>();
            for (DocumentKind kind : required) {
                long n = has.getOrDefault(kind, 0L);
                documentsOfKind.put(kind, n);
                if (n == 0) {
                    missing.add(kind);
                }
            }
            if (!missing.isEmpty()) {
                lacking++;
            }
            long[] pairsOfSchool = pairCounts.getOrDefault(school.getCode(), new long[2]);
            rows.add(new MissingDocumentsView.SchoolRow(school.getCode(), school.getShortName(), documentsOfKind,
                    List.copyOf(missing), pairsOfSchool[0], pairsOfSchool[1]));
        }
        return new MissingDocumentsView(required.stream().map(k -> new MissingDocumentsView.KindView(k, k.label())).toList(),
                rows, lacking);
    }
}
