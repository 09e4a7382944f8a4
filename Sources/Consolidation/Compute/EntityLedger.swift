public import Schema

/// The entities of one register cohort across every sender, each counted once.
///
/// An entity is known by its identifier; a domain already seen under another identifier is
/// the same registration (an agency mistyped an identifier, or two agencies know the entity
/// under different numbers), so it joins the first entity instead of counting twice.
struct EntityLedger {
    struct Entity {
        var commune: Int32
        var reached = false
        var registered = false
        var registeredOn: Day?
        var website = false
        var email = false
        var pilot = false
        /// The registered name (normalised), for reconciliation with the registry.
        var domain: String?
        /// The claimed registration date as first listed.
        var claimedOn: Day?
        /// Indices of the senders that listed the entity, sorted, without repeats.
        var senders: [Int32] = []
    }

    private(set) var entities: [UInt64: Entity] = [:]
    private var domainOwner: [UInt64: UInt64] = [:]
    private(set) var rows = 0
    /// Rows that repeated an entity another sender had already listed.
    private(set) var repeatedRows = 0

    mutating func add(key: UInt64, domain: UInt64?, domainText: String? = nil, commune: Int32, outreach: Bool,
                      registeredOn: Day?, website: Bool, email: Bool, pilot: Bool, sender: Int32) {
        rows += 1
        var key = key
        if let domain {
            if let owner = domainOwner[domain] { key = owner } else { domainOwner[domain] = key }
        }
        var entity = entities[key] ?? Entity(commune: commune)
        if entities[key] != nil && !entity.senders.contains(sender) { repeatedRows += 1 }
        if entity.commune < 0 { entity.commune = commune }
        entity.reached = entity.reached || outreach || domain != nil
        if domain != nil {
            entity.registered = true
            if entity.domain == nil { entity.domain = domainText }
            if entity.claimedOn == nil { entity.claimedOn = registeredOn }
            if let day = registeredOn, entity.registeredOn.map({ day < $0 }) ?? true { entity.registeredOn = day }
        }
        entity.website = entity.website || website
        entity.email = entity.email || email
        entity.pilot = entity.pilot || pilot
        if !entity.senders.contains(sender) {
            entity.senders.append(sender)
            entity.senders.sort()
        }
        entities[key] = entity
    }
}
