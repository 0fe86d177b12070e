extension PatentRecord {
  /// Appends this record as one JSON Lines object (keys sorted, `null` for absent values) to `writer`.
  ///
  /// The schema is documented in README ("Record schema"). Complexity: O(size of the record).
  ///
  /// - Parameter trailing: writes extra keys after all record keys; they must sort after `validation_states`
  ///   (the workspace export adds `workspace`).
  public func writeJSONLine(to writer: inout JSONWriter, trailing: ((inout JSONWriter) -> Void)? = nil) {
    writer.object { w in
      w.array("abstracts", abstracts, Self.writeText)
      w.array("agents", parties(.agent), Self.writeParty)
      w.array("applicants", parties(.applicant), Self.writeParty)
      w.key("application")
      if let application { Self.writeID(&w, application) } else { w.null() }
      w.array("assignees", parties(.assignee), Self.writeParty)
      w.array("citations", citations) { w, citation in
        w.object { w in
          w.field("category", citation.category)
          w.field("cited_by", citation.citedBy?.rawValue)
          w.field("country", citation.document.country)
          w.field("date", citation.document.date?.description)
          w.field("kind", citation.document.kind.isEmpty ? nil : citation.document.kind)
          w.field("name", citation.name)
          w.field("number", citation.document.number)
          w.field("phase", citation.phase)
        }
      }
      w.field("claims_count", claimsCount)
      w.array("cpc", cpc) { w, entry in w.string(entry.symbol.description) }
      w.array("designated_states", designatedStates) { w, state in w.string(state) }
      w.array("extension_states", extensionStates) { w, state in w.string(state) }
      w.field("family_id", familyID)
      w.array("inventors", parties(.inventor), Self.writeParty)
      w.array("ipc", ipc) { w, entry in w.string(entry.symbol.description) }
      w.field("kind", kind.rawValue)
      w.array("legal_events", legalEvents) { w, event in
        w.object { w in
          w.field("code", event.code)
          w.field("country", event.country)
          w.field("date", event.date?.description)
          w.field("description", event.description)
          w.field("influence", event.influence)
          if let owner = event.newOwner { w.field("new_owner", owner) }
        }
      }
      w.array("national_classifications", nationalClassifications) { w, entry in
        w.object { w in
          w.field("scheme", entry.scheme)
          w.field("symbol", entry.symbol)
        }
      }
      w.array("npl_citations", nplCitations) { w, citation in
        w.object { w in
          w.field("category", citation.category)
          w.field("cited_by", citation.citedBy?.rawValue)
          w.field("phase", citation.phase)
          w.field("text", citation.text)
        }
      }
      w.array("priorities", priorities) { w, claim in
        w.object { w in
          w.field("country", claim.country)
          w.field("date", claim.date?.description)
          w.field("number", claim.number)
          w.field("pct", claim.isPCT)
        }
      }
      w.key("publication")
      Self.writeID(&w, publication)
      w.key("source")
      w.object { w in
        w.field("file", source.file)
        w.field("format", source.format.rawValue)
        w.field("index", source.index)
        w.field("offset", source.offset)
        w.field("record", source.record)
      }
      w.field("status", statusText)
      w.array("titles", titles, Self.writeText)
      w.array("validation_states", validationStates) { w, state in w.string(state) }
      trailing?(&w)
    }
    writer.newline()
  }

  private static func writeID(_ w: inout JSONWriter, _ id: DocumentID) {
    w.object { w in
      w.field("country", id.country.isEmpty ? nil : id.country)
      w.field("date", id.date?.description)
      w.field("kind", id.kind.isEmpty ? nil : id.kind)
      w.field("number", id.number)
    }
  }

  private static func writeText(_ w: inout JSONWriter, _ text: LocalizedText) {
    w.object { w in
      w.field("lang", text.lang)
      w.field("text", text.text)
    }
  }

  private static func writeParty(_ w: inout JSONWriter, _ party: Party) {
    w.object { w in
      w.field("address", party.address)
      w.field("city", party.city)
      w.field("country", party.country)
      w.field("name", party.name)
      w.field("postcode", party.postcode)
      w.field("is_person", party.isPerson)
      w.field("registration_number", party.registrationNumber)
      w.field("sequence", party.sequence)
      w.field("state", party.state)
      w.field("type", party.typeHint)
    }
  }
}
