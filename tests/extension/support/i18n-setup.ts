// Unit tests of extension code see every string, as extension pages do.
import "../../../extension/i18n/all-areas";
