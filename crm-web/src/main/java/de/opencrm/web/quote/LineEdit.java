package de.opencrm.web.quote;

import de.opencrm.application.quote.LineChange;
import de.opencrm.application.quote.LineItemRow;
import java.io.Serializable;
import java.math.BigDecimal;

/** A line as the page edits it: the row shown, and the quantity and discount typed for it. */
public class LineEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LineItemRow row;
  private BigDecimal quantity;
  private BigDecimal discountPercent;

  LineEdit(LineItemRow row) {
    this.row = row;
    this.quantity = row.quantity().stripTrailingZeros();
    this.discountPercent = row.discountPercent().stripTrailingZeros();
  }

  LineChange change() {
    return new LineChange(row.id(), row.version(), quantity, discountPercent);
  }

  public LineItemRow getRow() {
    return row;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }
}
