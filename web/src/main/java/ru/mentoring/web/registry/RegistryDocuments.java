package ru.mentoring.web.registry;

import java.util.List;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.registry.DocumentsApi.Document;
import ru.mentoring.web.registry.DocumentsApi.Kind;
import ru.mentoring.web.registry.DocumentsApi.Missing;

/** A school's documents through the gateway as the signed-in person: the registry decides who reaches which. */
@Service
class RegistryDocuments {

    private static final ParameterizedTypeReference<List<Document>> DOCUMENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Kind>> KINDS = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;

    RegistryDocuments(GatewayClient gateway) {
        this.gateway = gateway;
    }

    List<Kind> kinds() {
        return gateway.get(KINDS, "/api/registry/documents/kinds");
    }

    List<Document> ofSchool(String school) {
        return gateway.get(DOCUMENTS, "/api/registry/schools/{code}/documents", school);
    }

    Document upload(String school, String kind, MultipartFile file) {
        return gateway.postMultipart(Document.class, file, "file", "/api/registry/schools/{code}/documents?kind={kind}", school, kind);
    }

    ResponseEntity<byte[]> download(UUID id) {
        return gateway.download("/api/registry/documents/{id}/content", id);
    }

    void delete(UUID id) {
        gateway.delete("/api/registry/documents/{id}", id);
    }

    Missing missing() {
        return gateway.get(Missing.class, "/api/registry/documents/missing");
    }
}
