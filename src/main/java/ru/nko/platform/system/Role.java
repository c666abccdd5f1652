package ru.nko.platform.system;

/** The roles of PRODUCT.md, each with the kind of scope it is granted for. */
public enum Role {

	REGIONAL_ADMIN(ScopeType.NONE), EXECUTOR(ScopeType.BODY), MUNICIPAL_OFFICER(ScopeType.MUNICIPALITY),
	NGO_REPRESENTATIVE(ScopeType.ORGANIZATION), INITIATIVE_GROUP(ScopeType.NONE), EXPERT(ScopeType.NONE),
	RESOURCE_CENTER_STAFF(ScopeType.ORGANIZATION);

	private final ScopeType scopeType;

	Role(ScopeType scopeType) {
		this.scopeType = scopeType;
	}

	/** The kind of scope a grant of this role must name. */
	public ScopeType scopeType() {
		return this.scopeType;
	}

	/** The Spring Security authority name, e.g. {@code ROLE_EXECUTOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
