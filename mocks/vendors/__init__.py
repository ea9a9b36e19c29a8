"""One module of mock rules per vendor, each exporting `RULES` (a `mocks.rules.VendorRules`)."""
