/*
 * The sales board: a card dropped on a column tells the server which opportunity went to which stage
 * (the page's remote command crmBoardDrop); the server decides whether it moves at once or asks first.
 */
function crmBoardDropped(event, ui) {
  var stage = $(event.target).closest('[data-stage]').attr('data-stage');
  var card = ui.draggable.closest('[data-opportunity]').attr('data-opportunity');
  if (stage && card) {
    crmBoardDrop([{name: 'opportunity', value: card}, {name: 'stage', value: stage}]);
  }
}
